using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ValueTaskLab.Reference.Output;

/// <summary>The outcome classes of dotnet_outcomes.json (a contract with the C++ lab).</summary>
public static class Outcome
{
    public const string SameValue = "same_value";
    public const string Exception = "exception";
    public const string WrongValue = "wrong_value";
    public const string Blocked = "blocked";
    public const string SourceLeaked = "source_leaked";
    public const string Works = "works";
}

/// <summary>One case of dotnet_outcomes.json: what really happened when it ran.</summary>
public sealed class CaseResult
{
    public CaseResult(string id, int expected)
    {
        Id = id;
        Expected = expected;
    }

    public string Id { get; }
    public bool WhatIf { get; init; }
    public string Outcome { get; set; } = "";
    public int Expected { get; set; }
    public int? Value { get; set; }
    public string? ExceptionType { get; set; }
    public string? Message { get; set; }
    public string Note { get; set; } = "";
    /// <summary>The innermost frames of the exception's stack trace, where one was thrown.</summary>
    public string? ThrownBy { get; set; }
    /// <summary>Per-item facts for the cases that measure several things.</summary>
    public List<IReadOnlyList<KeyValuePair<string, object?>>>? Details { get; set; }

    public void RecordException(System.Exception e)
    {
        ExceptionType = e.GetType().FullName;
        Message = e.Message;
        ThrownBy = Frames.Innermost(e, 3);
    }
}

/// <summary>What one of the code-pane listings' callers did when it ran on a cache miss or hit.</summary>
public sealed record ListingRun(string Listing, string On, int Expected, int? First, int? Again, string? ExceptionType, string? Message, string Note);

public static class OutcomesReport
{
    public static string Render(Machine machine, IReadOnlyList<CaseResult> cases, IReadOnlyList<ListingRun> listings)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteNumber("schema", 1);
            w.WriteString("runtime", machine.Runtime);
            w.WriteString("os", machine.Os);
            w.WriteString("cpu", machine.Cpu);
            w.WriteString("date", machine.Date);
            w.WriteStartArray("cases");
            foreach (CaseResult c in cases)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteBoolean("what_if", c.WhatIf);
                w.WriteString("outcome", c.Outcome);
                w.WriteNumber("expected", c.Expected);
                WriteNullableInt(w, "value", c.Value);
                WriteNullableString(w, "exception_type", c.ExceptionType);
                WriteNullableString(w, "message", c.Message);
                w.WriteString("note", c.Note);
                if (c.ThrownBy is not null)
                    w.WriteString("thrown_by", c.ThrownBy);
                if (c.Details is not null)
                {
                    w.WriteStartArray("details");
                    foreach (var d in c.Details)
                    {
                        w.WriteStartObject();
                        foreach (var kv in d)
                            WriteValue(w, kv.Key, kv.Value);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("listings");
            foreach (ListingRun l in listings)
            {
                w.WriteStartObject();
                w.WriteString("listing", l.Listing);
                w.WriteString("on", l.On);
                w.WriteNumber("expected", l.Expected);
                WriteNullableInt(w, "first", l.First);
                WriteNullableInt(w, "again", l.Again);
                WriteNullableString(w, "exception_type", l.ExceptionType);
                WriteNullableString(w, "message", l.Message);
                w.WriteString("note", l.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNullableInt(Utf8JsonWriter w, string name, int? v)
    {
        if (v is null)
            w.WriteNull(name);
        else
            w.WriteNumber(name, v.Value);
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? v)
    {
        if (v is null)
            w.WriteNull(name);
        else
            w.WriteString(name, v);
    }

    private static void WriteValue(Utf8JsonWriter w, string name, object? v)
    {
        switch (v)
        {
            case null: w.WriteNull(name); break;
            case bool b: w.WriteBoolean(name, b); break;
            case int i: w.WriteNumber(name, i); break;
            case long l: w.WriteNumber(name, l); break;
            case double d: w.WriteNumber(name, d); break;
            default: w.WriteString(name, Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}

public static class Frames
{
    /// <summary>"Type.Method ← Type.Method ← …" for the innermost frames of an exception's stack trace.</summary>
    public static string? Innermost(System.Exception e, int count)
    {
        var trace = new System.Diagnostics.StackTrace(e, fNeedFileInfo: false);
        var parts = new List<string>();
        for (int i = 0; i < trace.FrameCount && parts.Count < count; i++)
        {
            var m = trace.GetFrame(i)?.GetMethod();
            if (m is null)
                continue;
            string type = m.DeclaringType is null ? "" : Simple(m.DeclaringType) + ".";
            parts.Add(type + m.Name);
        }
        return parts.Count == 0 ? null : string.Join(" <- ", parts);
    }

    private static string Simple(Type t)
    {
        string name = t.Name;
        int tick = name.IndexOf('`');
        if (tick >= 0)
            name = name[..tick] + "<" + string.Join(",", Array.ConvertAll(t.GetGenericArguments(), a => a.Name)) + ">";
        return t.DeclaringType is null ? name : Simple(t.DeclaringType) + "." + name;
    }
}
