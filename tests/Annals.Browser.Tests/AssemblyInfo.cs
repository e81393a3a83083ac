// One sample site, one server and one Chromium for every browser test: building and launching are the slow parts.
[assembly: AssemblyFixture(typeof(Annals.Browser.Tests.BrowserFixture))]
