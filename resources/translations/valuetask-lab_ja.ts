<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AllocationPlot</name>
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
    <name>AwaitTwiceLane</name>
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
    <name>AwaitTwiceLaneView</name>
    <message>
        <source>result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;int&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source · token %1</source>
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
        <source>not checked!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token wrapped!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source · slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · rented %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completes once and keeps its result for every awaiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is inside the ValueTask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second await</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitTwiceTab</name>
    <message>
        <source>Awaiting a ValueTask twice: each lane runs the real core when you press Run or Step</source>
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
        <source>harmless, by accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception: caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;silent wrong value&lt;/b&gt;: no error at all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRunner</name>
    <message>
        <source>Cannot run the claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the claims: run %1 of %2 (hit rate %3, %4 calls)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claims run at %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims measured on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>The seeds&apos; figures, tested on this machine. Each verdict is computed from the measured numbers: from the current run when it matches a claim&apos;s conditions, otherwise from the claims runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the claims&apos; conditions with your other settings: 1,000,000 calls at 100 % hits, 100,000 at 0 %, and 1,000,000 at 80 %, for Task&lt;T&gt;, ValueTask&lt;T&gt; and your chosen strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePane</name>
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
    <name>GcFormulasDialog</name>
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
    <name>GcModelPlot</name>
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
    <name>HeapStrip</name>
    <message>
        <source>1 block · %1 · width ∝ bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks · %2 · width ∝ bytes</source>
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
        <source>GC MODEL — gen0 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collection!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allocated since the last collection · %3 collections seen
a model of .NET&apos;s gen0 budget, not a real GC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabPlot</name>
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
    <name>LatencyHistogramPlot</name>
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
    <name>LatencyPercentilePlot</name>
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
    <name>MainWindow</name>
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
</context>
<context>
    <name>PathDiagram</name>
    <message>
        <source>the value in a Task&lt;T&gt;: new, or a cached one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value inside the ValueTask, on the stack</source>
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
    <message>
        <source>STACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous: a cache hit never leaves it</source>
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
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
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
        <source>returns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task / frame on the heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 (run clock)</source>
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
</context>
<context>
    <name>PathsTab</name>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine issues only a few calls per second, on the real clock, and every one is shown: a miss really waits its backend latency. Between calls the run clock stands still, so the measurements stay honest.</source>
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
        <source>Freeze the animation (and the engine, if it is running).</source>
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
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping through recorded events: event %1 of %2. Play returns to the live view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion: %1 calls per second on the real clock, every call shown; between calls the run clock stands still.</source>
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
    <name>QObject</name>
    <message>
        <source>Could not render the plot “%1”.</source>
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
        <source>SILENT WRONG VALUE</source>
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
        <source>Harmless by accident: nobody has reused the source yet — timing-dependent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the other operation&apos;s result (%2), and no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another operation&apos;s result, and no error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cache hit: the ValueTask holds the value itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a miss: the ValueTask wraps a Task&lt;int&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second await comes before anyone rents the source again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation rents the same source before the second await</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same, but the source does not check tokens (teaching switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token check on, but 65,536 reuses wrap the 16-bit version around</source>
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
    <name>RunProgressWidget</name>
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
    <name>ScenarioControlPanel</name>
    <message>
        <source>&lt;span style=&apos;color:#B35900&apos;&gt;●&lt;/span&gt; Changed while running: applies to the next run.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Sources check tokens</source>
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
        <source>&lt;b&gt;Seed&lt;/b&gt;</source>
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
    <name>vtl::models</name>
    <message>
        <source>as claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the claimed %1</source>
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
        <source> per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, allocations per call: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches 32 B here (.NET&apos;s own Task&lt;int&gt; object is 72 B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1 here (%2): one completed Task object, as Task.FromResult makes; a .NET Task&lt;int&gt; is 72 B, so 32 B is wrong there too.</source>
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
        <source>Holds: no allocation on a hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not for a C++ coroutine returning ValueTask&lt;T&gt;: its frame is allocated before the body runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: %1 allocated per hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU per call (instruments subtracted): %1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; hit costs under %1 here, too close to zero for a ratio; Task&lt;T&gt; is at least %2× slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: about 10× (%1×).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understated: %1× here (%2 vs %3 per call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overstated: %1× here, not 10×; the claim&apos;s 50 ns vs 5 ns are %2 and %3 on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: ValueTask&lt;T&gt; is not faster here (%1×).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 per miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: the same, 32 B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same for both, as claimed, but %1 rather than 32 B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: ValueTask&lt;T&gt; allocates %1 %2 per miss than Task&lt;T&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1,000,000 calls: %1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds within 20 %: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;T&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ValueTask&lt;T&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ValueTask&lt;T&gt; %1 (claim: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; saves %1 (claim: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model, per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds within 20 % under this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1 gen0 collections, %2. %3 collections for %4 would mean one every %5; this model&apos;s gen0 budget is %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;T&gt; allocated nothing in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reduce: Task&lt;T&gt; did not allocate here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reduction of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modelled gen0 collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: about 75 % (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1 rather than 75 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task&lt;T&gt; allocates 32 bytes on the heap, even for a cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; allocates 0 bytes on a cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is 10× faster on cache hits (50 ns vs 5 ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a cache miss both allocate the same (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M calls at 80 % hits: Task&lt;T&gt; ~25 MB vs ValueTask&lt;T&gt; ~6 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M cached calls: Task&lt;T&gt; ~30 MB vs ValueTask&lt;T&gt; 0 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M requests at 80 % hits with Task&lt;T&gt;: gen0 800,000, gen1 100,000, gen2 10,000 collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… with ValueTask&lt;T&gt;: gen0 200,000, gen1 25,000, gen2 2,500 collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; gives a 75 % reduction in GC pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a run at hit rate %1 with %2: press “Measure the claims”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
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
</TS>
