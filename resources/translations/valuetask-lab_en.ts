<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AwaitTwiceCommand</name>
    <message>
        <source>(what-if, not .NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every case of the await-twice lab in the C++ core now and prints what each really did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write await_twice.csv and await_twice.json here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the outcomes as JSON (the schema of the C# program&apos;s dotnet_outcomes.json) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitTwiceLaneModel</name>
    <message>
        <source>Synchronous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cache hit: ValueTask(41) holds the value itself; awaited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a miss: the ValueTask wraps a Task&lt;int&gt; completing later; awaited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoolingAsyncValueTaskMethodBuilder box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.NET&apos;s pooled builder: the box resets inside the first GetResult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom source, not rented again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hand-written source reset only when rented again; nobody did yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom source, rented again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation rents the same source before the second await</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: a source that ignores its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible with .NET&apos;s ManualResetValueTaskSourceCore, which always checks: a hand-written source without the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token wrapped after 65,536 rents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is checked, but 65,536 rents bring the 16-bit version round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result before completion: source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result / GetAwaiter().GetResult() on a pending source-backed ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result before completion: Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result on a pending Task-backed ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two concurrent awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two awaiters register on one pending source (a second OnCompleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsTask(), then await the Task three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the correct way to await more than once: one AsTask(), many awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsTask() twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsTask() called again on a consumed pooling-builder ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve() on a pending pooling-builder ValueTask, then await twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTasks never awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five operations from a pool of four; nobody awaits their ValueTasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale token: the source was reset since this ValueTask was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result read before the operation completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second continuation: the operation is already being awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second completion without a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Attempts to consume a ValueTask multiple times or to directly access one&apos;s result before it&apos;s known to be completed may result in an exception or corruption.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Ignoring such a ValueTask is likely an indication of a functional bug and may degrade performance.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: the ValueTask itself is consumed once here; the Task it became may be awaited any number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “the ValueTask must be consumed (for example, awaited) once and only once.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.NET: %1: “%2” (the same for every misuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (token %1, source version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core: InvalidOperationError, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception thrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool ran dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run or Step: the core runs this case now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmless by accident: the value is inside the ValueTask itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmless by accident: a Task keeps its result for every awaiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By accident: nobody rented the source again before the second await — timing decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first GetResult reset the box: token %1 is stale (version %2). The second await always throws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result does not wait for a source: it throws at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source holds one continuation: the second registration throws; the first awaiter got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first AsTask() consumed the operation; the second presents a stale token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation reset the source: token %1 ≠ version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instead of %2: the other operation&apos;s result, and no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instead of %2, and no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result blocked this thread until the Task completed, then returned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources still leased; a pool of %2 had to allocate %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every await returned the value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call returns ValueTask(%1): the result is inside the ValueTask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ValueTask wraps a Task&lt;int&gt; that another thread completes in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call returns a ValueTask over a pending Task&lt;int&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation A rents source slot %1 and returns ValueTask(source, token %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooling-builder method suspends: box #%1, ValueTask(box, token %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first await returns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first await returns %1; the source goes back to the pool, not reset (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first await returns %1; inside that GetResult the box reset (version %2) and went back to the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation B rents the same source: reset to version %1, completed with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more operations rented the source: the 16-bit version wrapped back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result is read while the source is still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.Result waited %1 ms, then returned %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first awaiter registers its continuation on the pending source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second awaiter registers on the same pending operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first AsTask()&apos;s Task returned %1; the box reset (version %2) and went back to the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsTask() turned the ValueTask into a Task&lt;int&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Task was awaited %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve() returned a ValueTask over a Task&lt;int&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool of %1 sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations rented and completed a source; nobody awaited: %2 leased, %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotnetCommand</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command builds and runs a C# program, which needs the .NET SDK 10 or 8
(the `dotnet` command, with an SDK, on PATH).
On Debian 12: add Microsoft&apos;s package repository for Debian 12 (the
packages-microsoft-prod.deb that Microsoft&apos;s &quot;Install .NET on Debian&quot; page
gives), then
    sudo apt-get update &amp;&amp; sudo apt-get install dotnet-sdk-10.0
(dotnet-sdk-8.0 works too). The first run also fetches BenchmarkDotNet and
Microsoft.Extensions.Caching.Memory from NuGet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile the claims tab, `valuetask-lab claims` and the code pane keep using the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a folder of its own, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: is a symbolic link; give the folder it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: is the current folder, which the run replaces as a whole; give a folder of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: holds files that a run did not write (%2); the run replaces the folder as a whole, so give an empty folder or one an earlier run wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and run the C# reference program with the .NET SDK: real .NET&apos;s outcomes, benchmarks and GC counts for the claims tab, `claims` and the code pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dotnet_reference.csv, dotnet_outcomes.json and listings/ here (replaced as a whole; default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short BenchmarkDotNet job and fewer GC calls: about half a minute of measuring instead of about 7 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`dotnet` is not on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no .NET SDK 8 or newer (`dotnet --list-sdks`: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C# program (%1) is not where it is installed or built: looked in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and running the C# program with %1 (SDK %2)%3.
The first build takes 15 s to 2 minutes, depending on the machine&apos;s load; then %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, quick job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about half a minute of measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 7 minutes of measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by %1 after %2: the C# program was stopped; %3 is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C# program failed (%1) after %2; %3 is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1:
  dotnet_reference.csv  %2 rows (%3)
  dotnet_outcomes.json  %4 cases
  listings/             %5 C# listings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane&apos;s C# listings now use these files instead of the shipped reference.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane read a fresh run from %1 only; run without --out (or copy these files there) to use it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: %1 (build and run).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not render the plot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value (by accident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvalidOperationError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss latency (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-await rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC model gen0 budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyNames</name>
    <message>
        <source>task: Task&lt;T&gt;; a cache hit allocates one completed Task object (%1 B in this build; none for a 0-byte payload, a cached bool) and no coroutine frame; only a miss runs a coroutine, whose frame is on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuetask: a plain function returning ValueTask&lt;T&gt;; a cache hit returns the value, a miss wraps a Task&lt;T&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuetask_coroutine: a coroutine returning ValueTask&lt;T&gt;; in C++ its frame is allocated before the body runs, hit or miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled_unbounded: not .NET — a hand-written unbounded pool of frames and sources; no allocations in steady state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled: ValueTask&lt;T&gt; over .NET&apos;s pooling builder (PoolingAsyncValueTaskMethodBuilder): a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes, while results read in a batch overflow the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, →, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←, Page Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous step, as the class saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class&apos;s answer to the step&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario keys (JSON files, --set key=value, scenario.json and the GUI):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1
      %2
      allowed: %3%4; default: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuetask-lab %1 — Task&lt;T&gt; vs ValueTask&lt;T&gt;, measured.

Usage:
  valuetask-lab                      open the GUI
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
--set key=value: spaces around &apos;=&apos; are ignored (--set &quot;calls = 100&quot;).
A scenario file must be a regular file of at most %1 bytes.
A run whose estimated memory exceeds the limit (now %2: half of the memory
available; VTL_MEMORY_LIMIT_MB overrides) is refused before it starts.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
GC-equivalent model (a model, not a garbage collector):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1 calls per strategy, hit rate %2, miss latency %3 (%4), concurrency %5, payload %6 B, double-await rate %7, clock %8, seed %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock-read overhead subtracted from every latency: %1 ns

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
* gen0/1k: GC-equivalent model, collections per 1,000 operations (see --help).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled: these figures cover the calls made so far.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, %1 translation of %2, %3 steps (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a translation of lesson &apos;%1&apos;, which is not found (neither in the folder above nor shipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::CliHelp</name>
    <message>
        <source>run [--scenario FILE] [--set key=value]... [--out DIR]
      run a workload headless; print a summary table; with --out write
      DIR/summary.csv, DIR/timeseries.csv and DIR/scenario.json as one set (DIR is
      replaced as a whole, so it must be a folder of its own)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>await-twice [--out DIR]
      run every case of the await-twice lab in the core and print what happened
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims [--out DIR]
      judge the seeds&apos; claims against real .NET (shipped reference or a fresh run)
      and the C++ core (measured now); print the table; with --out write claims.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotnet [--out DIR] [--quick]
      build and run the C# reference program with the .NET SDK (8 or 10) on PATH:
      real .NET&apos;s await-twice outcomes, BenchmarkDotNet table and GC counts, and
      the code pane&apos;s C# listings, written to DIR (default: the app&apos;s data folder,
      which the claims tab and `claims` then prefer to the shipped reference);
      --quick: under a minute with the build on a quiet 2-core machine, up to 3 on a
      busy one; the full run takes about 7 minutes more; exit 3 without an SDK
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf
      check lesson files (FILE:LINE:COLUMN: problem, exit 2), list the lessons
      compiled in, or run one and write a handout (one page per step)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot --out FILE.png [--scenario FILE] [--set key=value]...
                 [--view main|claims|paths|await-twice]
                 [--size WxH] [--text-scale F]
      run the scenario in the window offscreen and save a picture
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:
  0    success
  1    failure while running or writing (I/O error, full disk, …); a previous
       export in the --out folder is left as it was
  2    bad input (command line, scenario file, --set value, --out path); nothing
       was run or written
  3    a prerequisite is missing (`dotnet`: no .NET SDK 8 or 10 on PATH); nothing
       was run or written
  130  cancelled by Ctrl-C (SIGINT); no result files written
  143  cancelled by SIGTERM; no result files written
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::Language</name>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonBand</name>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring… (the engine is running this step&apos;s scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — predicted: %2 · measured: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonHandout</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: %1 · measured: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures quoted on this page (measured in this run, or from the real-.NET reference):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 did not finish measuring in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — step %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::MainWindow</name>
    <message>
        <source>Measure the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress. Measure the claims when it has finished: two runs at once would compete for the CPU and distort both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes summary.csv, timeseries.csv and scenario.json of the last run into a folder, exactly as `valuetask-lab run --out` does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario: every chosen strategy, one after another, over the same sequence of calls (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the run, or resume it (F6). The run clock stops while paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, then let exactly one more call run to completion (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and clear the plots (the scenario is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC model formulas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ValueTask Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ValueTask Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Teaches, measures and demonstrates .NET Task&amp;lt;T&amp;gt; vs ValueTask&amp;lt;T&amp;gt; with a C++20 re-implementation of their semantics.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: set up a scenario and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times a second the plots received new data from the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one clock read, measured at the start of the run and subtracted from every latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: the plots are clear; press Run to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot updates: %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock read: %1 (subtracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: strategy %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · your changes apply to the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 calls in %2 of real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is still in progress; export it when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario first: there are no results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported summary.csv, timeseries.csv and scenario.json to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results into folder (summary.csv, timeseries.csv, scenario.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last session&apos;s scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the workload panel, giving the views the whole width (F9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::PresenterMode</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, projector colours, large text; Space/→ next step, ← back, B blank, Esc leave (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::app::ViewRegistry</name>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims vs measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Await twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models</name>
    <message>
        <source>as claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× less than claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; as a C++ coroutine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the header has no &apos;section&apos; and &apos;name&apos; columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a number is not a &apos;.&apos;-decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact (MemoryDiagnoser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .NET reference has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .NET reference is available (neither shipped nor run here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimised build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unoptimised debug build, timings not representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core, this machine (%1): hit costs, %2-byte value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task cache-hit benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async Task&lt;Product&gt; hit: %1 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task hit allocates %1, as claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task hit allocates %1 (%2): one completed Task&lt;Product&gt; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++ hit costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;T&gt; hit: %1 per call in %2 allocation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no allocation: this %1-byte value completes from a cached Task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for one completed Task state holding a %2-byte value; its layout (reference count, waiter list, result slot) is C++&apos;s, not a .NET object&apos;s, so the size is not .NET&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask cache-hit benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;Product&gt; hit: %1 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ValueTask hit allocates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ValueTask hit allocates %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; hit: %1 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no allocation on a hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A C++ coroutine returning ValueTask&lt;T&gt; allocates its frame (%1) before its body runs: C# keeps a synchronously completing state machine on the stack, C++ cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 10×, as claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well short of 10×: the whole interval is below %1×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 10×: the whole interval is above %1×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval reaches both sides of %1–%2×: this measurement cannot decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache-hit timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 per hit → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (BenchmarkDotNet mean ± 99.9 % error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2 per hit, including the cache lookup both do; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95 % intervals of medians: Task %2, ValueTask %3; %4 batches each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarks at 100 % and 80 % hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per miss: Task %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the 100 % and 80 % hit benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both allocate about the same per miss, %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a miss allocates %1 with Task and %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both allocate %1 per miss, as claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspending call allocates %1 with ValueTask vs %2 with Task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call that suspends allocates %1 with an async ValueTask method and %2 with Task: the state machine&apos;s box is allocated either way, so nothing is gained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run at 0 % hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per miss: Task %1, ValueTask %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same for both (%1%2): a miss runs the same Task coroutine, whose frame C++ allocates where .NET allocates a state-machine box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2 per miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmark at %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1,000,000 calls: Task %1, ValueTask %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 (claimed %3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run at %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2, with C++ object sizes (Task states, coroutine frames), not .NET&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC count for this workload shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real GC, per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC.CollectionCount over one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 20 % of the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gen0 collections (%2); %3 would mean a collection every %4 allocated bytes at the claimed allocation volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run at 80 % hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC-equivalent model (not a collector), per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model of the run&apos;s exact allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model counts %1 gen0 collections where real .NET counted %2 for the same workload shape: it applies a gen0 budget to the C++ core&apos;s bytes (%3 per call here, .NET %4), while the real GC sizes its budget itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model of the C++ core&apos;s allocations; it cannot confirm what the real GC does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task allocated nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to reduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fewer %2 (%3 → %4 per 1,000,000 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gen0 collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rather than 75 % at 80 % hits: the saving is the hits&apos; Task objects, so it follows the hit rate and the object sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 75 % (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fewer allocated bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ object sizes, so a different share than .NET&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same value again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wrong value, silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks until completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source stays leased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core, this machine: the await-twice lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the C++ core&apos;s lab, run now, for comparison; it mirrors .NET&apos;s mechanics (ManualResetValueTaskSourceCore&apos;s version token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Task&lt;Product&gt; hit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Task hit&apos;s %1 are avoided: a ValueTask hit allocates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; at 80 % hits: %1 per call, ValueTask&lt;bool&gt; %2 → %3 per Task hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from allocated bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; completing synchronously allocates nothing: .NET returns a cached Task (true/false; also null, default values and small ints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; hit allocates %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task hit allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; hit: %1 allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Task&lt;%1-byte value&gt; hit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core, this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the core&apos;s Task result cache does the same for bool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the core allocates for every Task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; an async ValueTask method that suspends: %1 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value type: 0 B on a hit, the ValueTask lives where its holder lives. When the method suspends, its state machine (with every ValueTask it holds) moves into a %1 heap box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heap allocation in either path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome for “pooling_builder”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is as quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second await throws %1 with the generic “%2”; no .NET message says “already been consumed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the core names the misuse more specifically than .NET does, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true for pooled sources: each unconsumed one stays leased and the pool runs dry; a ValueTask over a result or a Task holds nothing to leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ValueTask is single-use: what can be reused is the IValueTaskSource behind it, and that reuse is exactly why awaiting the same ValueTask again throws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule holds (CA2012): over a pooled source the second await throws; nothing enforces it, and over a result it returns the value again by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule holds: breaking it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies share one source object and token, so a copy is never stale: over a result or a Task every copy gives the value; over a pooled source the second await fails because the shared source was reset, not because of a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the seed&apos;s own FooAsync (default builder) the ValueTask wraps a Task, and both methods get 42; it fails only over a pooled source (PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Copying is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it blocks only over a Task (and can deadlock where a single-threaded context must run the continuation); over a pooled source it does not block at all, it throws InvalidOperationException.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task hit costs %1 more than a ValueTask hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this benchmark a Task hit costs %1 more than a ValueTask hit: the Task object and awaiting it. The allocation takes memory from the thread&apos;s own allocation context (a GC runs only when gen0&apos;s budget is used up); no thread switch happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new/delete of a Task state: %1 per hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malloc and free on this thread, no switch either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Task&lt;T&gt; cache hit allocates a 32-byte Task object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; cache hit allocates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is 10× faster on cache hits (5 ns vs 50 ns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a miss both allocate the same 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits: Task&lt;T&gt; 25 MB, ValueTask&lt;T&gt; 6 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000,000 cached calls: Task&lt;T&gt; 30 MB, ValueTask&lt;T&gt; 0 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits with Task&lt;T&gt;: 800,000 gen0, 100,000 gen1, 10,000 gen2 collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… with ValueTask&lt;T&gt;: 200,000 gen0, 25,000 gen1, 2,500 gen2 collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; cuts GC pressure by 75 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting twice throws “The ValueTask has already been consumed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask that is never awaited leaks a resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask is reusable (a Task completes only once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask can avoid the heap allocation a Task makes, in some cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An async ValueTask&lt;int&gt; method that always awaits (Task.Delay) is more memory-efficient than Task&lt;int&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is a struct: a value type, allocated on the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;T&gt; always creates an object on the heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; must not be awaited a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the method completes synchronously, no task object is created on the heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each await works on its own copy of the struct, whose state may be stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating and freeing a Task costs context switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing one ValueTask from an async ValueTask method to two methods that await it fails at run time, because the struct is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.GetAwaiter().GetResult() before completion blocks and can deadlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a ValueTask&lt;T&gt; that completed synchronously allocates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Task always allocates memory for the Task object, even when the result could be returned synchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask can be returned without a heap allocation when the operation completes synchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real .NET — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core (this machine) — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; may use a–z, 0–9 and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;scenario&apos; must be an object of scenario keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario key &apos;%1&apos; (keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (views: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;calls&apos; must be a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;engine&apos; must be an action or {&quot;action&quot;, &quot;calls&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos; (actions: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;calls&apos; goes with run (pause there) or step only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;frame&apos; must be a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;await_twice&apos; must be a case id, &quot;all&quot; or {&quot;case&quot;, &quot;frame&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown await-twice case &apos;%1&apos; (cases: all, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;frame&apos; needs one case, not &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;highlight&apos; needs a view (set &apos;view&apos; in this or an earlier step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view &apos;%1&apos; has no region &apos;%2&apos; (regions: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;predict&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is asked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list at least two choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice is {&quot;id&quot;, &quot;text&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answer&apos; must say how the answer is computed: {&quot;fact&quot;: key} or {&quot;lowest&quot;|&quot;highest&quot;: field, &quot;among&quot;: [strategies]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not an outcome (outcomes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no choice is &apos;%1&apos;, what case %2 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fact answer must be an outcome (await_twice.&lt;case&gt;.outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;lowest&apos; or &apos;highest&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;among&apos; must list two or more strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (strategies: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not one of &apos;among&apos; (nor &quot;same&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no choice for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answer&apos; needs &apos;fact&apos;, &apos;lowest&apos; or &apos;highest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier step asks prediction &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is already revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing runs the engine between the question and this reveal, so there is no answer to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing runs case %1 between the question and this reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy &apos;%1&apos; is not in this step&apos;s scenario (strategies: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs &apos;narration&apos; (or a &apos;predict&apos; question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no step so far runs the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no step so far runs case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: no earlier step asks prediction &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: shown before prediction &apos;%2&apos; is revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is never revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet: %1 (press “Measure the C++ core” or run `valuetask-lab claims`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing: the translation must keep every placeholder of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not in the original: a translation shows the same figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson translation is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; is &apos;%1&apos; but the original lesson is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be a two-letter language code such as &quot;ja&quot; or &quot;ru&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;lang&apos; is &apos;%1&apos; but the file is in the folder &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original has no &apos;summary&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be an array with one entry per step of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps, but the original has %2: translate every step, in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;narration&apos; (the original step has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;narration&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original step has no &apos;narration&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original step asks nothing: no &apos;predict&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;predict&apos; (the original step asks &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list the original&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not in the original (choices: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is missing: translate every choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled ValueTasks never awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second await, pooling builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second await after the source was reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a pooled box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies over a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies over a Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default async ValueTask (wraps a Task), awaited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two concurrent awaits of a pooled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a pooled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time per hit (%3), empty loop subtracted: %1 vs %2, a ratio of %4. The difference is mostly new/delete of the Task state (malloc), which .NET&apos;s GC replaces with a bump-pointer allocation and a later collection; so this ratio neither confirms nor refutes a claim about .NET (and it varies from one process to the next with where malloc places the state).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::Checker</name>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; lines must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimRunner</name>
    <message>
        <source>C++ core, this machine: engine run at %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine run %1 of %2: hit rate %3, %4 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit costs: warm-up, paired batches, medians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the claims: engine run %1 of %2 (hit rate %3, %4 calls)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the claims: hit costs (warm-up, paired batches, medians)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims measured on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimsModel</name>
    <message>
        <source>seed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed file: %1 (%2)
Quote: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real .NET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real .NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core
(this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::DotnetReference</name>
    <message>
        <source>run on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::LessonFacts</name>
    <message>
        <source>∞ (the other is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact: write {source.field}, e.g. {task.allocs_per_op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a strategy&apos;s fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write ratio.&lt;field&gt;.&lt;strategy&gt;.&lt;other strategy&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write %2.&lt;case id&gt;.&lt;field&gt; with a case id of the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write dotnet.&lt;section&gt;.&lt;name&gt;.&lt;column&gt;, column one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write claim.&lt;id&gt;.quote|claim|seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no seed claim has the id &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: not a scenario key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write prediction.&lt;id&gt;.chosen|answer|verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown source &apos;%2&apos; (strategies, ratio, await_twice, dotnet, dotnet_outcome, claim, scenario, prediction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::LessonRunner</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prediction was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prediction was not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::ScenarioKeyText</name>
    <message>
        <source>1–5 distinct of task, valuetask, valuetask_coroutine, pooled, pooled_unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many service calls each strategy makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations per strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls answered from the cache: those complete synchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean simulated backend latency of a cache miss: the time the asynchronous path waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every miss waits exactly the mean latency or an exponentially distributed time with that mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many callers run at once; while some wait for the backend, others proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callers in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the cached value; above 16 bytes every copy of it needs the heap, and 0 means a bool result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls that await their ValueTask a second time (the misuse the lab shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if, not .NET: pooled_unbounded&apos;s sources ignore their 16-bit token, as a hand-written IValueTaskSource could (.NET&apos;s ManualResetValueTaskSourceCore always checks it); a stale await then silently reads another operation&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Task completes results from cached instances without allocating, as .NET 10&apos;s Task.FromResult does for null, both bools, int -1..8 and every all-zero value of 1, 2, 4, 8 or 16 bytes (a 0-byte payload is a bool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the pseudo-random sequence of hits, misses and latencies; same seed, same workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_idle jumps over idle waits so long runs finish in seconds; real actually sleeps (slow-motion demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC model: bytes allocated between two modelled gen0 collections (default: .NET&apos;s workstation gen0 budget for this machine: 5/8 of max(4/5 of the largest cache, 256 KiB), at least 6 MiB as max; 160 KiB when the cache size is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which implementations of the same cached service to run, one after another, over the same sequence of calls. task: a hit allocates one completed Task object, only a miss runs a coroutine (heap frame). pooled: .NET&apos;s pooling builder: a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes. pooled_unbounded: not .NET, a hand-written unbounded pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::models::UnitFormat</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets</name>
    <message>
        <source>run-clock time since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run clock: time as the workload sees it. With the skip-idle clock, waits for the simulated backend are skipped, so a run-clock second can pass in microseconds of real time; CPU work is timed for real.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AllocationPlot</name>
    <message>
        <source>Heap allocations over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: heap allocations per call in each interval. Bottom: bytes allocated per run-clock second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocations
per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per
run-clock s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to count
heap allocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLane</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this case in the core now and show what the second await did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this case in the core now and walk through it one moment at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLaneView</name>
    <message>
        <source>holds its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wraps a Task&lt;int&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source · token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;int&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source · slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what-if source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT-IF, not .NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet — Run shows the outcome, Step walks through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not checked!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: version is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token matches another operation!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 · rented %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completes once and keeps its result for every awaiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is inside the ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed with %1, not yet read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leased · %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceTab</name>
    <message>
        <source>ValueTask pitfalls: each lane runs the real C++ core when you press Run or Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case in the core now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value, by accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;wrong value&lt;/b&gt;, silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works (the correct way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source leaked: pool ran dry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ClaimsTab</name>
    <message>
        <source>The seed texts&apos; claims, judged by real .NET (they are about .NET); the C++ core&apos;s figure stands beside it. Select a claim to read its quote, every sentence and where each figure comes from; all are computed from the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the C++ core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the claims&apos; conditions in the C++ core with a 16-byte value: 1,000,000 calls at 100 % hits, 100,000 at 0 %, 1,000,000 at 80 %, then times a hit of each strategy (warm-up, paired batches against an empty loop, medians with 95 % intervals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core not measured yet: the real .NET column is filled from the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real .NET figures: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real .NET figures: none found (no fresh run in %1 and no shipped reference). Run `valuetask-lab dotnet` with the .NET SDK installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ core, this machine: the current run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::CodePane</name>
    <message>
        <source>C++ — the core&apos;s code, running now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C# — what it mirrors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(listing %1 is missing from the resources)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcFormulasDialog</name>
    <message>
        <source>GC model: formulas and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The GC plot shows a &lt;b&gt;model&lt;/b&gt; — what a .NET generational GC would roughly do with the allocations this run measured. No garbage collector runs here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcModelPlot</name>
    <message>
        <source>GC model (not a real GC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model of what a .NET generational GC would do with the measured allocations: collections so far per generation, and the live heap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections
(model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gen%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the GC model&apos;s formulas and the parameters of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to model
GC collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::HeapStrip</name>
    <message>
        <source>unknown until the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allocated since the last collection · %3 collections seen
a model of a gen0 budget, not a real GC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC MODEL — gen0 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 block · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · width ∝ bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAP — live blocks of the animated calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty — nothing the animated calls made is on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collection!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LabPlot</name>
    <message>
        <source>Save plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyHistogramPlot</name>
    <message>
        <source>Latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each strategy&apos;s calls per latency bin; bins are log-spaced, 10 per decade. Right-click for a logarithmic y axis that shows rare tails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency per call (log, 10 bins/decade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic y axis (shows rare tails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to measure
the latency distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of calls (log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyPercentilePlot</name>
    <message>
        <source>Latency by percentile (HDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of each call from issue to result, by percentile. The x axis stretches the tail: 90 %, 99 %, 99.9 % … are equally spaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile (spacing: 1/(1 − p), log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency per call (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to measure
latency by percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit rate %1:
hits to the left,
misses to the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathDiagram</name>
    <message>
        <source>Task / frame on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAP + BACKEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asynchronous: where a miss goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co_await op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get(spec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result set · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuation resumes the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for traced calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 (run clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous: a hit returns without suspending; what it allocates is still on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Task&lt;T&gt; on the heap: a new one, or one of the cached Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heap object: the ValueTask struct holds the value, in the caller&apos;s frame (its heap box if it suspended before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ValueTask, but its coroutine frame is already on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Task&apos;s coroutine frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask wraps a new Task (its frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coroutine frame, allocated at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cached box (1 per thread, 1 per core), else a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled frame + pooled source: reused, not new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for traced calls — start a run to see them move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller calls the service method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache hit → synchronous path, the result returns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache miss → asynchronous path through the heap and the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap allocation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heap block is freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller is suspended while the backend works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend answered after %1 (run clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend answered: result set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the continuation resumes the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller has the value, %1 after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller has the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaited a second time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call #%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathsTab</name>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine issues only a few calls per second, on the real clock, and every one is shown: a miss really waits its backend latency. Between calls the run clock stands still, so the measurements stay honest. A run started in slow motion runs only the strategy chosen next to it, for at most %1 calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine runs at full speed; one call in N is traced and shown, N chosen from the measured rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is paused. &quot;Next call&quot; lets exactly one more call run; the event buttons walk through its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow-motion speed: calls the engine issues per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one strategy a slow-motion run shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as the toolbar&apos;s Pause/Resume (F6): pauses or resumes the run and the animation together; from recorded events, returns to the live view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back one event through what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward one event; past the last one, let one more call run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the paused engine run exactly one more call, and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping through recorded events: event %1 of %2. Resume returns to the live view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion: this run, with all its strategies, now issues %1 calls per second. For a short run of %2 alone, press Reset, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion: %1 only, one call at a time, at most %2 calls, %3 per second on the real clock; every call shown, and between calls the run clock stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed: showing every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed: showing 1 in %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (engine: %1 calls/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 more traced calls were fast-forwarded to keep up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single step: the engine is paused. &quot;Next call&quot; runs exactly one more call; the Event buttons walk through its events, back and forth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Playing %1× faster to keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No run in progress: start one with Run to see calls move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::RunProgressWidget</name>
    <message>
        <source>Calls done over all strategies, the recent rate in calls per second of real time, and the estimated real time left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ScenarioControlPanel</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if, not .NET: sources ignore their token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task result cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: GC model, clock, seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the settings of the GC model, the clock and the pseudo-random sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss latency distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Seed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
