using Annals.Pipeline.Documents;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>A page to render: its URL, the layout that draws it, what the layout sees, and the file it came from.</summary>
/// <remarks>
/// The model can be made lazily, with a <see cref="InputStamp"/> that fingerprints what it is made from: a preview
/// session then reuses the page's HTML from the last run without making the model at all when the stamp is the same.
/// At 10,000 items, making and hashing every model was most of the time of a one-post rebuild.
/// </remarks>
public sealed record PageRequest
{
    private Lazy<PageModel>? _model;

    public PageRequest(string url, string layout, PageModel model, string? sourcePath)
        : this(url, layout, () => model, sourcePath, null)
    {
    }

    /// <param name="url">The page's URL, e.g. <c>/events/osce-2024/</c>.</param>
    /// <param name="layout">The layout that draws it.</param>
    /// <param name="model">Makes what the layout sees; called at most once, only when the page is rendered.</param>
    /// <param name="sourcePath">The file the page came from, for messages.</param>
    /// <param name="inputStamp">A fingerprint of everything the model is made from, or null when there is none.</param>
    public PageRequest(string url, string layout, Func<PageModel> model, string? sourcePath, UInt128? inputStamp)
    {
        ArgumentNullException.ThrowIfNull(model);
        Url = url;
        Layout = layout;
        SourcePath = sourcePath;
        InputStamp = inputStamp;
        _model = new Lazy<PageModel>(model, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Carries the request on the page's document until it is rendered.</summary>
    public static readonly MetadataKey<PageRequest> Key = new("page-request");

    public string Url { get; }

    public string Layout { get; }

    public string? SourcePath { get; }

    public PageModel Model => (_model ?? throw new InvalidOperationException($"{Url} was rendered: its model is no longer kept")).Value;

    /// <summary>
    /// Lets go of the model once the page is rendered. The request stays on the page's document to the end of the
    /// build (the sitemap reads it), and a model holds the page's text: kept, 155,000 models were gigabytes.
    /// </summary>
    public void ForgetModel() => _model = null;

    /// <summary>Same stamp, same inputs: the page renders as it did (see <see cref="PageStamps"/>).</summary>
    public UInt128? InputStamp { get; }

    /// <summary>The day the page's content last changed (its newest item), for the sitemap.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>False for pages crawlers should not list, such as 404.html.</summary>
    public bool InSitemap { get; init; } = true;

    public Document ToDocument() => ToDocument(SiteUrls.ToDestination(Url));

    /// <param name="destination">The output file of <see cref="Url"/>, when the caller already knows it.</param>
    public Document ToDocument(string destination) => new Document(SourcePath, destination).With(Key, this);
}
