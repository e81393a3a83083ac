using System.Runtime.CompilerServices;
using Annals.Pipeline.Documents;

namespace Annals.Web.Building;

/// <summary>
/// The documents one stage of a preview session made in its last run, each under the document it came from and the
/// value the stage added to it. A session hands the stage the very same input document and the very same added value
/// (a cached parse, a cached body) while the file is unchanged, and documents are immutable, so the stage's output is
/// handed back instead of being made again.
/// </summary>
/// <remarks>
/// After a one-post edit, making 30,000 new documents (posts parsed, rendered, given their lead image) cost more
/// than the edit itself, and every one of them outlived the run, which made each run's garbage collection long.
/// Entries go when their input document does (the table holds it weakly).
/// </remarks>
public sealed class DerivedDocuments
{
    private readonly ConditionalWeakTable<Document, Made> _made = [];

    /// <summary>The document <paramref name="make"/> made last time from the same input and added value, or a new one.</summary>
    /// <param name="input">The document the stage was given.</param>
    /// <param name="added">What the stage adds to it; compared by identity.</param>
    /// <param name="make">Makes the output from the input and the added value.</param>
    public Document Derive<T>(Document input, T added, Func<Document, T, Document> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(make);
        if (_made.TryGetValue(input, out Made? last) && ReferenceEquals(last.Added, added))
        {
            return last.Output;
        }

        Document output = make(input, added);
        _made.AddOrUpdate(input, new Made(added, output));
        return output;
    }

    private sealed record Made(object Added, Document Output);
}
