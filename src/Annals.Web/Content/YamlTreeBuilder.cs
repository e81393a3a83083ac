using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Annals.Web.Content;

/// <summary>
/// Builds our node tree from YamlDotNet's parser events. Working from events (the layer under
/// <c>YamlStream</c>) lets us report every duplicate key, anchor, alias and tag and keep reading, where
/// <c>YamlStream</c> stops at the first duplicate; it also keeps YamlDotNet's line marks, which we shift by
/// <c>lineOffset</c> so that every message names the real line of the file.
/// </summary>
internal sealed class YamlTreeBuilder
{
    /// <summary>Front matter is a few dozen lines; more than this is a mistake (or an attack), not content.</summary>
    public const int MaxCharacters = 64 * 1024;

    /// <summary>Content needs three levels (item → event → topics); ten leaves room without allowing abuse.</summary>
    public const int MaxDepth = 10;

    private readonly string _sourcePath;
    private readonly int _lineOffset;
    private readonly IDiagnosticSink _sink;
    private readonly IParser _parser;
    private bool _tooDeep;

    private YamlTreeBuilder(string sourcePath, string yaml, int lineOffset, IDiagnosticSink sink)
    {
        _sourcePath = sourcePath;
        _lineOffset = lineOffset;
        _sink = sink;
        _parser = new Parser(new StringReader(yaml));
    }

    /// <summary>
    /// Parses <paramref name="yaml"/> whose first line is file line <paramref name="lineOffset"/> + 1.
    /// Returns the root map (empty when the text has no content), or null when the text cannot be used.
    /// </summary>
    public static MappingNode? Build(string sourcePath, string yaml, int lineOffset, IDiagnosticSink sink)
    {
        if (yaml.Length > MaxCharacters)
        {
            sink.Report(Diagnostic.Error(
                ContentCodes.TooComplex,
                string.Create(CultureInfo.InvariantCulture, $"the front matter is too long ({yaml.Length} characters; at most {MaxCharacters}): move long text into the body"),
                new SourceLocation(sourcePath, lineOffset + 1)));
            return null;
        }

        var builder = new YamlTreeBuilder(sourcePath, yaml, lineOffset, sink);
        try
        {
            MappingNode? root = builder.ReadStream();
            return builder._tooDeep ? null : root;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws InvalidOperationException (not YamlException) on some unclosed brackets.
            (int line, int column, string message) = YamlErrorLocator.Locate(exception, yaml);
            sink.Report(Diagnostic.Error(ContentCodes.YamlSyntax, message, new SourceLocation(sourcePath, line + lineOffset, column)));
            return null;
        }
    }

    private MappingNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _))
        {
            return MappingNode.Empty;
        }

        _parser.Consume<DocumentStart>();
        FrontMatterNode root = ReadNode(depth: 0);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out DocumentStart? second))
        {
            Error(ContentCodes.YamlSyntax, "a second '---' starts another YAML document; write everything in one list of 'key: value' lines", second.Start);
        }

        if (root is MappingNode mapping)
        {
            return mapping;
        }

        if (root is ScalarNode { IsNull: true })
        {
            return MappingNode.Empty;
        }

        _sink.Report(Diagnostic.Error(
            ContentCodes.NotAMapping,
            $"this must be a list of 'key: value' lines, like title: My title; found {root.Describe()}",
            new SourceLocation(_sourcePath, root.Line, root.Column)));
        return null;
    }

    private FrontMatterNode ReadNode(int depth)
    {
        if (_parser.TryConsume<AnchorAlias>(out AnchorAlias? alias))
        {
            Error(
                ContentCodes.YamlFeatureRefused,
                $"'*{alias.Value}' is read as a YAML reference, which content files do not use; if the '*' is part of the text, put the whole value in quotes, like \"*{alias.Value} ...\"",
                alias.Start);
            // Keep the text as written so that the refusal is the only message (no cascading "title is empty").
            return new ScalarNode("*" + alias.Value, isPlain: false, Line(alias.Start), Column(alias.Start));
        }

        NodeEvent node = _parser.Consume<NodeEvent>();
        RefuseAnchorAndTag(node);
        if (depth > MaxDepth && node is not Scalar)
        {
            SkipTooDeep(node);
            return new ScalarNode(string.Empty, isPlain: true, Line(node.Start), Column(node.Start));
        }

        return node switch
        {
            Scalar scalar => new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start)),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            _ => throw new InvalidOperationException("Unexpected YAML event " + node.GetType().Name),
        };
    }

    private SequenceNode ReadSequence(SequenceStart start, int depth)
    {
        ImmutableArray<FrontMatterNode>.Builder items = ImmutableArray.CreateBuilder<FrontMatterNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        return new SequenceNode(items.ToImmutable(), Line(start.Start), Column(start.Start));
    }

    private MappingNode ReadMapping(MappingStart start, int depth)
    {
        ImmutableArray<KeyValuePair<ScalarNode, FrontMatterNode>>.Builder entries =
            ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, FrontMatterNode>>();
        Dictionary<string, ScalarNode> seen = new(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            FrontMatterNode key = ReadNode(depth + 1);
            FrontMatterNode value = ReadNode(depth + 1);
            if (key is not ScalarNode { IsNull: false } keyScalar)
            {
                Report(ContentCodes.YamlSyntax, $"a key must be a word followed by ':', like title: ...; found {key.Describe()}", key);
                continue;
            }

            if (seen.TryGetValue(keyScalar.Value, out ScalarNode? first))
            {
                Report(
                    ContentCodes.DuplicateKey,
                    string.Create(CultureInfo.InvariantCulture, $"'{keyScalar.Value}' is written twice (first on line {first.Line}); keep only one '{keyScalar.Value}' line"),
                    keyScalar);
                continue;
            }

            seen.Add(keyScalar.Value, keyScalar);
            entries.Add(new(keyScalar, value));
        }

        return new MappingNode(entries.ToImmutable(), Line(start.Start), Column(start.Start));
    }

    private void RefuseAnchorAndTag(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            Error(
                ContentCodes.YamlFeatureRefused,
                $"'&{node.Anchor.Value}' is read as a YAML anchor, which content files do not use; if the '&' is part of the text, put the whole value in quotes, like \"&{node.Anchor.Value} ...\"",
                node.Start);
        }

        if (!node.Tag.IsEmpty)
        {
            Error(
                ContentCodes.YamlFeatureRefused,
                "a value starting with '!' is read as a YAML tag, which content files do not use; if the '!' is part of the text, put the whole value in quotes",
                node.Start);
        }
    }

    /// <summary>Reports the first too-deep value once and skips its contents without building them.</summary>
    private void SkipTooDeep(NodeEvent node)
    {
        if (!_tooDeep)
        {
            Error(
                ContentCodes.TooComplex,
                string.Create(CultureInfo.InvariantCulture, $"the values are nested more than {MaxDepth} levels deep; content needs only a few levels"),
                node.Start);
            _tooDeep = true;
        }

        int open = 1;
        while (open > 0)
        {
            ParsingEvent next = _parser.Consume<ParsingEvent>();
            open += next.NestingIncrease;
        }
    }

    private int Line(Mark mark) => (int)mark.Line + _lineOffset;

    private static int Column(Mark mark) => (int)mark.Column;

    private void Error(string code, string message, Mark mark) =>
        _sink.Report(Diagnostic.Error(code, message, new SourceLocation(_sourcePath, Line(mark), Column(mark))));

    private void Report(string code, string message, FrontMatterNode node) =>
        _sink.Report(Diagnostic.Error(code, message, new SourceLocation(_sourcePath, node.Line, node.Column)));
}
