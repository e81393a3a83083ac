using System.Text;

namespace Annals.Web.Search;

/// <summary>
/// The documents a term occurs in, in ascending order, with the term's impact in each (none for filters), kept
/// already encoded as the shard will write it (<see cref="PostingCodec"/>): two or three bytes a posting instead of
/// two growing lists of 32-bit numbers, which at 100,000 items held half a gigabyte until the shards were written.
/// </summary>
internal sealed class PostingList(bool withImpacts)
{
    private byte[] _encoded = new byte[16];
    private int _length;

    /// <summary>How many documents the term occurs in.</summary>
    public int Count { get; private set; }

    /// <summary>The last document added, or -1.</summary>
    public int LastDocument { get; private set; } = -1;

    public bool WithImpacts => withImpacts;

    /// <summary>The postings as <see cref="PostingCodec.Encode"/> writes them.</summary>
    public string Encoded => Encoding.ASCII.GetString(_encoded, 0, _length);

    /// <summary>Adds a document after every document already added.</summary>
    public void Add(int document, int impact)
    {
        if (_length + PostingCodec.MaxPostingLength > _encoded.Length)
        {
            Array.Resize(ref _encoded, Math.Max(_encoded.Length * 2, _length + PostingCodec.MaxPostingLength));
        }

        _length += PostingCodec.WritePosting(LastDocument, document, withImpacts ? impact : null, _encoded.AsSpan(_length));
        LastDocument = document;
        Count++;
    }

    /// <summary>The documents, decoded (for tests and checks).</summary>
    public IReadOnlyList<int> Documents => PostingCodec.Decode(Encoded, withImpacts).Documents;
}
