using System.Text;

namespace Annals.Web.Authoring;

/// <summary>Creates a file that must not exist yet, in one step, so that two commands can never overwrite each other's file.</summary>
internal static class NewFile
{
    /// <returns>False when the file already exists; it is then left as it was.</returns>
    public static bool TryWrite(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
