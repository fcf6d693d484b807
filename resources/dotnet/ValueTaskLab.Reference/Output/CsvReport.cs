using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ValueTaskLab.Reference.Output;

/// <summary>One row of dotnet_reference.csv. Null numbers are written as empty fields.</summary>
public sealed record CsvRow(
    string Section,
    string Name,
    double? HitRate = null,
    int? PayloadBytes = null,
    double? MeanNs = null,
    double? ErrorNs = null,
    double? AllocatedBytesPerOp = null,
    double? Gen0Per1k = null,
    double? Gen1Per1k = null,
    double? Gen2Per1k = null,
    string Job = "");

/// <summary>Writes dotnet_reference.csv: RFC 4180 (CRLF, quoted where needed), '.' decimals.</summary>
public static class CsvReport
{
    public const string Header =
        "section,name,hit_rate,payload_bytes,mean_ns,error_ns,allocated_bytes_per_op," +
        "gen0_per_1k,gen1_per_1k,gen2_per_1k,runtime,os,cpu,date,job";

    public static string Render(IEnumerable<CsvRow> rows, Machine machine)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append("\r\n");
        foreach (CsvRow r in rows)
        {
            string[] fields =
            {
                r.Section, r.Name, Num(r.HitRate), r.PayloadBytes?.ToString(CultureInfo.InvariantCulture) ?? "",
                Num(r.MeanNs), Num(r.ErrorNs), Num(r.AllocatedBytesPerOp),
                Num(r.Gen0Per1k), Num(r.Gen1Per1k), Num(r.Gen2Per1k),
                machine.Runtime, machine.Os, machine.Cpu, machine.Date, r.Job,
            };
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                    sb.Append(',');
                sb.Append(Quote(fields[i]));
            }
            sb.Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>Writes the file whole or not at all (temporary file, then rename).</summary>
    public static void Write(string path, IEnumerable<CsvRow> rows, Machine machine) =>
        AtomicFile.Write(path, Render(rows, machine));

    private static string Num(double? v) =>
        v is null || double.IsNaN(v.Value) || double.IsInfinity(v.Value)
            ? ""
            : v.Value.ToString("0.#########", CultureInfo.InvariantCulture);

    private static string Quote(string s)
    {
        if (s.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
            return s;
        return "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>Writes a file through a temporary sibling and a rename, so readers never see half a file.</summary>
public static class AtomicFile
{
    public static void Write(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string tmp = full + ".tmp";
        File.WriteAllText(tmp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(tmp, full, overwrite: true);
    }
}
