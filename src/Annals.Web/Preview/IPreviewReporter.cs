using Annals.Web.Building;

namespace Annals.Web.Preview;

/// <summary>Where a <see cref="PreviewLoop"/> says what it did; the command line prints it.</summary>
public interface IPreviewReporter
{
    void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave);

    void Failed(SessionRun run, ChangeBatch? changes);

    void SearchUpdated(SiteSnapshot site);
}
