using System.Text.RegularExpressions;
using Annals.Web.Search;
using Microsoft.Playwright;

namespace Annals.Browser.Tests;

/// <summary>
/// The index is built by SearchTokenizer.cs and queried through search.js: a word both do not split and fold the
/// same way can never be found. This runs the shipped module in Chromium against the C# tokenizer.
/// </summary>
public sealed partial class TokenizerParityTests(BrowserFixture fixture)
{
    private static readonly string[] Samples =
    [
        "Müller MÜLLER muller Mu\u0308ller",
        "São Tomé, Genève, GENÈVE, Côte d’Ivoire",
        "Straße Łódź Øresund İstanbul ＵＮＨＣＲ ﬁnance Ge\u00ADneva Æsir œuvre",
        "The Order's delegation; Droits de l'homme; Mary O'Brien; don't; 'quoted'",
        "long-term COVID-19 Jean‑Pierre pre- and post-war 2010 - 2015 rock'n'roll",
        "The 24th OSCE Conference (edition 024), 2024: 700 representatives.",
        "Москва ΑΘΗΝΑ Αθήνα ΟΔΟΣ οδός مُؤْتَمَر עִבְרִית",
        "联合国UNHCR 東京で会議 서울 회의",
        "a.b,c/d—e — … 😀 ! 𝐀𝐁𝐂 ⅫⅣ ½ ²",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t",
        "refugees gen",
        "refugees gen ",
    ];

    [Fact]
    public async Task The_client_splits_and_folds_every_sample_like_the_index()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/").ToString());
        string script = ScriptSource().Match(File.ReadAllText(Path.Combine(fixture.Output, "search", "index.html"))).Groups[1].Value;

        string[][] client = await page.EvaluateAsync<string[][]>(
            "async ([url, samples]) => { const m = await import(url); return samples.map(s => m.tokenize(s).map(t => t.term + (t.endsText ? '$' : ''))); }",
            new object[] { script, Samples });

        for (int i = 0; i < Samples.Length; i++)
        {
            var sink = new Recorder();
            SearchTokenizer.Tokenize(Samples[i], sink);
            Assert.Equal(sink.Terms, client[i]);
        }
    }

    [GeneratedRegex("<script type=\"module\" src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    private sealed class Recorder : ITokenSink
    {
        public List<string> Terms { get; } = [];

        public void Add(ReadOnlySpan<char> term, bool endsText) => Terms.Add(term.ToString() + (endsText ? "$" : string.Empty));
    }
}
