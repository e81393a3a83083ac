// One sample site, one server and one Chromium for every browser test: building and launching are the slow parts.
[assembly: AssemblyFixture(typeof(Annals.Browser.Tests.BrowserFixture))]

// The repository's own sample site (input/), built and served once for the checks of what readers get.
[assembly: AssemblyFixture(typeof(Annals.Browser.Tests.SampleArchiveFixture))]
