using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ValueTaskLab.Reference.Output;

/// <summary>
/// Cuts the code-pane listings out of this program's own compiled sources (embedded in the
/// assembly at build time). A listing is every segment between `// listing:NAME begin` and
/// `// listing:NAME end`, in source order; each segment loses its common indentation; segments
/// are joined by one blank line. A trailing `// @@ a b` comment carries the line's stations.
/// </summary>
public static class Listings
{
    public static readonly string[] Names = { "task", "valuetask", "valuetask_coroutine", "pooled", "pooled_unbounded" };

    private static readonly Regex Begin = new(@"^\s*// listing:(?<name>[a-z_]+) begin\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex End = new(@"^\s*// listing:(?<name>[a-z_]+) end\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new(@"\s*// @@ (?<tags>[a-z_ ]+?)\s*$", RegexOptions.CultureInvariant);

    public sealed record Line(string Code, string[] Stations);

    /// <summary>Every listing, by name, from the embedded sources.</summary>
    public static Dictionary<string, List<Line>> Extract()
    {
        Assembly asm = typeof(Listings).Assembly;
        var segments = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (string resource in asm.GetManifestResourceNames().Where(n => n.StartsWith("source/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using Stream s = asm.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(s, Encoding.UTF8);
            List<string>? current = null;
            string? currentName = null;
            string? text;
            int lineNo = 0;
            while ((text = reader.ReadLine()) is not null)
            {
                lineNo++;
                Match b = Begin.Match(text), e = End.Match(text);
                if (b.Success)
                {
                    if (current is not null)
                        throw new InvalidDataException($"{resource}:{lineNo}: listing:{b.Groups["name"].Value} begins inside listing:{currentName}");
                    current = new List<string>();
                    currentName = b.Groups["name"].Value;
                }
                else if (e.Success)
                {
                    if (current is null || e.Groups["name"].Value != currentName)
                        throw new InvalidDataException($"{resource}:{lineNo}: listing:{e.Groups["name"].Value} end without its begin");
                    if (!segments.TryGetValue(currentName, out var list))
                        segments[currentName] = list = new List<List<string>>();
                    list.Add(current);
                    current = null;
                    currentName = null;
                }
                else
                {
                    current?.Add(text);
                }
            }
            if (current is not null)
                throw new InvalidDataException($"{resource}: listing:{currentName} never ends");
        }

        var result = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        foreach (var (name, segs) in segments)
        {
            var lines = new List<Line>();
            foreach (List<string> seg in segs)
            {
                if (lines.Count > 0)
                    lines.Add(new Line("", Array.Empty<string>()));
                int indent = seg.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
                foreach (string raw in seg)
                {
                    string l = raw.Length >= indent ? raw[indent..] : raw.TrimStart();
                    Match t = Tag.Match(l);
                    if (t.Success)
                        lines.Add(new Line(l[..t.Index].TrimEnd(), t.Groups["tags"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                    else
                        lines.Add(new Line(l.TrimEnd(), Array.Empty<string>()));
                }
            }
            result[name] = lines;
        }
        return result;
    }

    /// <summary>The app's resource format: code, then `@@ station station` from column 57 (or one space after long code).</summary>
    public static string Render(List<Line> lines)
    {
        var sb = new StringBuilder();
        foreach (Line l in lines)
        {
            if (l.Stations.Length == 0)
            {
                sb.Append(l.Code).Append('\n');
                continue;
            }
            sb.Append(l.Code);
            sb.Append(' ', Math.Max(1, 56 - l.Code.Length));
            sb.Append("@@ ").Append(string.Join(' ', l.Stations)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Writes DIR/listings/NAME.cs.txt for every listing; fails if one is missing or lacks a part.</summary>
    public static void WriteAll(string outDir)
    {
        Dictionary<string, List<Line>> all = Extract();
        string dir = Path.Combine(outDir, "listings");
        Directory.CreateDirectory(dir);
        foreach (string name in Names)
        {
            if (!all.TryGetValue(name, out List<Line>? lines))
                throw new InvalidDataException($"listing:{name} is missing from the sources");
            if (!lines.Any(l => l.Code == "// caller") || !lines.Any(l => l.Code == "// service"))
                throw new InvalidDataException($"listing:{name} needs a // caller and a // service part");
            AtomicFile.Write(Path.Combine(dir, name + ".cs.txt"), Render(lines));
        }
    }
}
