using System.Globalization;
using System.Text;

namespace Annals.Web.Feeds;

/// <summary>A string writer that declares UTF-8, so XML written to it says <c>encoding="utf-8"</c>.</summary>
internal sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
