namespace Annals.Web.Search;

/// <summary>Receives the terms of a text one at a time, without a string allocated per term.</summary>
public interface ITokenSink
{
    /// <param name="term">The folded term; only valid during the call.</param>
    /// <param name="endsText">True when the term ends where the text ends: in a query, the word still being typed.</param>
    void Add(ReadOnlySpan<char> term, bool endsText);
}
