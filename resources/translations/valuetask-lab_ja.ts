<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AwaitTwiceCommand</name>
    <message>
        <source>(what-if, not .NET)</source>
        <translation>（仮定、.NETではない）</translation>
    </message>
    <message>
        <source>Runs every case of the await-twice lab in the C++ core now and prints what each really did.</source>
        <translation>await二重実行ラボの全ケースをC++コアで今すぐ実行し、各ケースの実際の動作を表示します。</translation>
    </message>
    <message>
        <source>Also write await_twice.csv and await_twice.json here.</source>
        <translation>await_twice.csv と await_twice.json もここに書き出します。</translation>
    </message>
    <message>
        <source>Print the outcomes as JSON (the schema of the C# program&apos;s dotnet_outcomes.json) instead of text.</source>
        <translation>結果をテキストではなくJSON（C#プログラムの dotnet_outcomes.json のスキーマ）で出力します。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>予期しない引数</translation>
    </message>
</context>
<context>
    <name>AwaitTwiceLaneModel</name>
    <message>
        <source>Synchronous result</source>
        <translation>同期的な結果</translation>
    </message>
    <message>
        <source>a cache hit: ValueTask(41) holds the value itself; awaited twice</source>
        <translation>キャッシュヒット: ValueTask(41) は値そのものを保持。2回await</translation>
    </message>
    <message>
        <source>Wrapped Task</source>
        <translation>ラップされたTask</translation>
    </message>
    <message>
        <source>a miss: the ValueTask wraps a Task&lt;int&gt; completing later; awaited twice</source>
        <translation>キャッシュミス: ValueTask は後で完了する Task&lt;int&gt; をラップ。2回await</translation>
    </message>
    <message>
        <source>PoolingAsyncValueTaskMethodBuilder box</source>
        <translation>PoolingAsyncValueTaskMethodBuilder のボックス</translation>
    </message>
    <message>
        <source>.NET&apos;s pooled builder: the box resets inside the first GetResult</source>
        <translation>.NETのプール型ビルダー: ボックスは最初のGetResult内でリセット</translation>
    </message>
    <message>
        <source>Custom source, not rented again</source>
        <translation>カスタムソース（再レンタルなし）</translation>
    </message>
    <message>
        <source>a hand-written source reset only when rented again; nobody did yet</source>
        <translation>再レンタル時にのみリセットされる手書きのソース。まだ誰もレンタルしていない</translation>
    </message>
    <message>
        <source>Custom source, rented again</source>
        <translation>カスタムソース（再レンタルあり）</translation>
    </message>
    <message>
        <source>another operation rents the same source before the second await</source>
        <translation>2回目のawaitの前に別の操作が同じソースをレンタル</translation>
    </message>
    <message>
        <source>What-if: a source that ignores its token</source>
        <translation>仮定: トークンを無視するソース</translation>
    </message>
    <message>
        <source>not possible with .NET&apos;s ManualResetValueTaskSourceCore, which always checks: a hand-written source without the check</source>
        <translation>常にチェックする.NETの ManualResetValueTaskSourceCore では不可能: チェックのない手書きのソース</translation>
    </message>
    <message>
        <source>Token wrapped after 65,536 rents</source>
        <translation>65,536回のレンタルでトークンが一周</translation>
    </message>
    <message>
        <source>the token is checked, but 65,536 rents bring the 16-bit version round</source>
        <translation>トークンはチェックされるが、65,536回のレンタルで16ビットのバージョンが一周する</translation>
    </message>
    <message>
        <source>.Result before completion: source</source>
        <translation>完了前の .Result: ソース</translation>
    </message>
    <message>
        <source>.Result / GetAwaiter().GetResult() on a pending source-backed ValueTask</source>
        <translation>保留中のソース型ValueTaskに対する .Result / GetAwaiter().GetResult()</translation>
    </message>
    <message>
        <source>.Result before completion: Task</source>
        <translation>完了前の .Result: Task</translation>
    </message>
    <message>
        <source>.Result on a pending Task-backed ValueTask</source>
        <translation>保留中のTask型ValueTaskに対する .Result</translation>
    </message>
    <message>
        <source>Two concurrent awaits</source>
        <translation>2つの同時await</translation>
    </message>
    <message>
        <source>two awaiters register on one pending source (a second OnCompleted)</source>
        <translation>保留中の1つのソースに2つの待機者が登録（2回目のOnCompleted）</translation>
    </message>
    <message>
        <source>AsTask(), then await the Task three times</source>
        <translation>AsTask() の後、Taskを3回await</translation>
    </message>
    <message>
        <source>the correct way to await more than once: one AsTask(), many awaits</source>
        <translation>複数回awaitする正しい方法: AsTask() を1回、awaitは何回でも</translation>
    </message>
    <message>
        <source>AsTask() twice</source>
        <translation>AsTask() を2回</translation>
    </message>
    <message>
        <source>AsTask() called again on a consumed pooling-builder ValueTask</source>
        <translation>消費済みのプール型ビルダーValueTaskに対して再度 AsTask() を呼び出し</translation>
    </message>
    <message>
        <source>Preserve()</source>
        <translation>Preserve()</translation>
    </message>
    <message>
        <source>Preserve() on a pending pooling-builder ValueTask, then await twice</source>
        <translation>保留中のプール型ビルダーValueTaskに Preserve() を呼び、2回await</translation>
    </message>
    <message>
        <source>ValueTasks never awaited</source>
        <translation>一度もawaitされないValueTask</translation>
    </message>
    <message>
        <source>five operations from a pool of four; nobody awaits their ValueTasks</source>
        <translation>4個のプールから5つの操作。誰もValueTaskをawaitしない</translation>
    </message>
    <message>
        <source>same value</source>
        <translation>同じ値</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>誤った値</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>source leaked</source>
        <translation>ソースのリーク</translation>
    </message>
    <message>
        <source>works</source>
        <translation>動作する</translation>
    </message>
    <message>
        <source>Awaiting twice</source>
        <translation>2回のawait</translation>
    </message>
    <message>
        <source>Other pitfalls</source>
        <translation>その他の落とし穴</translation>
    </message>
    <message>
        <source>stale token: the source was reset since this ValueTask was made</source>
        <translation>古いトークン: このValueTaskの作成後にソースがリセットされた</translation>
    </message>
    <message>
        <source>result read before the operation completed</source>
        <translation>操作の完了前に結果を読み取った</translation>
    </message>
    <message>
        <source>second continuation: the operation is already being awaited</source>
        <translation>2つ目の継続: 操作はすでにawaitされている</translation>
    </message>
    <message>
        <source>second completion without a reset</source>
        <translation>リセットなしの2回目の完了</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Attempts to consume a ValueTask multiple times or to directly access one&apos;s result before it&apos;s known to be completed may result in an exception or corruption.”</source>
        <translation>CA2012 “Use ValueTasks correctly”: “Attempts to consume a ValueTask multiple times or to directly access one&apos;s result before it&apos;s known to be completed may result in an exception or corruption.”</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Ignoring such a ValueTask is likely an indication of a functional bug and may degrade performance.”</source>
        <translation>CA2012 “Use ValueTasks correctly”: “Ignoring such a ValueTask is likely an indication of a functional bug and may degrade performance.”</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: the ValueTask itself is consumed once here; the Task it became may be awaited any number of times.</source>
        <translation>CA2012 “Use ValueTasks correctly”: ここではValueTask自体は1回だけ消費される。変換後のTaskは何回でもawaitできる。</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “the ValueTask must be consumed (for example, awaited) once and only once.”</source>
        <translation>CA2012 “Use ValueTasks correctly”: “the ValueTask must be consumed (for example, awaited) once and only once.”</translation>
    </message>
    <message>
        <source>.NET: %1: “%2” (the same for every misuse)</source>
        <translation>.NET: %1: “%2”（どの誤用でも同じ）</translation>
    </message>
    <message>
        <source> (token %1, source version %2)</source>
        <translation>（トークン %1、ソースのバージョン %2）</translation>
    </message>
    <message>
        <source>C++ core: InvalidOperationError, %1</source>
        <translation>C++コア: InvalidOperationError、%1</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>same value: %1</source>
        <translation>同じ値: %1</translation>
    </message>
    <message>
        <source>exception thrown</source>
        <translation>例外がスローされた</translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE: %1</source>
        <translation>気づかれない誤った値: %1</translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation>%1 msブロック</translation>
    </message>
    <message>
        <source>pool ran dry</source>
        <translation>プールが枯渇</translation>
    </message>
    <message>
        <source>works: %1</source>
        <translation>動作: %1</translation>
    </message>
    <message>
        <source>Press Run or Step: the core runs this case now.</source>
        <translation>「実行」または「ステップ」を押すと、コアがこのケースを今すぐ実行します。</translation>
    </message>
    <message>
        <source>Harmless by accident: the value is inside the ValueTask itself.</source>
        <translation>偶然無害: 値はValueTask自体の中にある。</translation>
    </message>
    <message>
        <source>Harmless by accident: a Task keeps its result for every awaiter.</source>
        <translation>偶然無害: Taskはすべての待機者のために結果を保持する。</translation>
    </message>
    <message>
        <source>By accident: nobody rented the source again before the second await — timing decides.</source>
        <translation>偶然: 2回目のawaitの前に誰もソースを再レンタルしなかった — タイミング次第。</translation>
    </message>
    <message>
        <source>The first GetResult reset the box: token %1 is stale (version %2). The second await always throws.</source>
        <translation>最初のGetResultがボックスをリセットした: トークン %1 は古い（バージョン %2）。2回目のawaitは必ずスローする。</translation>
    </message>
    <message>
        <source>.Result does not wait for a source: it throws at once.</source>
        <translation>.Result はソースを待たない: 即座にスローする。</translation>
    </message>
    <message>
        <source>A source holds one continuation: the second registration throws; the first awaiter got %1.</source>
        <translation>ソースが保持できる継続は1つ: 2回目の登録はスローする。最初の待機者は %1 を得た。</translation>
    </message>
    <message>
        <source>The first AsTask() consumed the operation; the second presents a stale token.</source>
        <translation>最初の AsTask() が操作を消費した。2回目は古いトークンを渡す。</translation>
    </message>
    <message>
        <source>Another operation reset the source: token %1 ≠ version %2.</source>
        <translation>別の操作がソースをリセットした: トークン %1 ≠ バージョン %2。</translation>
    </message>
    <message>
        <source>%1 instead of %2: the other operation&apos;s result, and no error.</source>
        <translation>%2 ではなく %1: 別の操作の結果で、エラーなし。</translation>
    </message>
    <message>
        <source>%1 instead of %2, and no error.</source>
        <translation>%2 ではなく %1、エラーなし。</translation>
    </message>
    <message>
        <source>.Result blocked this thread until the Task completed, then returned %1.</source>
        <translation>.Result はTaskの完了までこのスレッドをブロックし、%1 を返した。</translation>
    </message>
    <message>
        <source>%1 sources still leased; a pool of %2 had to allocate %3 more.</source>
        <translation>%1 個のソースがリース中のまま。%2 個のプールは %3 個を追加で割り当てる必要があった。</translation>
    </message>
    <message>
        <source>Every await returned the value: %1.</source>
        <translation>すべてのawaitが値を返した: %1。</translation>
    </message>
    <message>
        <source>The call returns ValueTask(%1): the result is inside the ValueTask.</source>
        <translation>呼び出しは ValueTask(%1) を返す: 結果はValueTaskの中にある。</translation>
    </message>
    <message>
        <source>The ValueTask wraps a Task&lt;int&gt; that another thread completes in %1 ms.</source>
        <translation>ValueTaskは、別スレッドが %1 ms後に完了させる Task&lt;int&gt; をラップしている。</translation>
    </message>
    <message>
        <source>The call returns a ValueTask over a pending Task&lt;int&gt;.</source>
        <translation>呼び出しは保留中の Task&lt;int&gt; を包むValueTaskを返す。</translation>
    </message>
    <message>
        <source>Operation A rents source slot %1 and returns ValueTask(source, token %2).</source>
        <translation>操作Aがソーススロット %1 をレンタルし、ValueTask(source, token %2) を返す。</translation>
    </message>
    <message>
        <source>The pooling-builder method suspends: box #%1, ValueTask(box, token %2).</source>
        <translation>プール型ビルダーのメソッドが中断: ボックス #%1、ValueTask(box, token %2)。</translation>
    </message>
    <message>
        <source>The first await returns %1.</source>
        <translation>最初のawaitは %1 を返す。</translation>
    </message>
    <message>
        <source>The first await returns %1; the source goes back to the pool, not reset (version %2).</source>
        <translation>最初のawaitは %1 を返す。ソースはリセットされずにプールへ戻る（バージョン %2）。</translation>
    </message>
    <message>
        <source>The first await returns %1; inside that GetResult the box reset (version %2) and went back to the cache.</source>
        <translation>最初のawaitは %1 を返す。そのGetResult内でボックスがリセットされ（バージョン %2）、キャッシュに戻った。</translation>
    </message>
    <message>
        <source>Operation B rents the same source: reset to version %1, completed with %2.</source>
        <translation>操作Bが同じソースをレンタル: バージョン %1 にリセットされ、%2 で完了。</translation>
    </message>
    <message>
        <source>%1 more operations rented the source: the 16-bit version wrapped back to %2.</source>
        <translation>さらに %1 個の操作がソースをレンタル: 16ビットのバージョンが一周して %2 に戻った。</translation>
    </message>
    <message>
        <source>.Result is read while the source is still pending.</source>
        <translation>ソースが保留中のまま .Result を読み取る。</translation>
    </message>
    <message>
        <source>.Result waited %1 ms, then returned %2.</source>
        <translation>.Result は %1 ms待機し、%2 を返した。</translation>
    </message>
    <message>
        <source>A first awaiter registers its continuation on the pending source.</source>
        <translation>最初の待機者が保留中のソースに継続を登録する。</translation>
    </message>
    <message>
        <source>A second awaiter registers on the same pending operation.</source>
        <translation>2番目の待機者が同じ保留中の操作に登録する。</translation>
    </message>
    <message>
        <source>The first AsTask()&apos;s Task returned %1; the box reset (version %2) and went back to the cache.</source>
        <translation>最初の AsTask() のTaskは %1 を返した。ボックスはリセットされ（バージョン %2）、キャッシュに戻った。</translation>
    </message>
    <message>
        <source>AsTask() turned the ValueTask into a Task&lt;int&gt;.</source>
        <translation>AsTask() がValueTaskを Task&lt;int&gt; に変換した。</translation>
    </message>
    <message>
        <source>The Task was awaited %1 times.</source>
        <translation>Taskは %1 回awaitされた。</translation>
    </message>
    <message>
        <source>Preserve() returned a ValueTask over a Task&lt;int&gt;.</source>
        <translation>Preserve() は Task&lt;int&gt; を包むValueTaskを返した。</translation>
    </message>
    <message>
        <source>A pool of %1 sources.</source>
        <translation>%1 個のソースのプール。</translation>
    </message>
    <message>
        <source>%1 operations rented and completed a source; nobody awaited: %2 leased, %3 free.</source>
        <translation>%1 個の操作がソースをレンタルして完了。誰もawaitせず: リース中 %2、空き %3。</translation>
    </message>
</context>
<context>
    <name>DotnetCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
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
        <translation>このコマンドはC#プログラムをビルドして実行するため、.NET SDK 10 または 8 が必要です
（SDK付きの `dotnet` コマンドがPATH上にあること）。
Debian 12 の場合: Debian 12 用のMicrosoftのパッケージリポジトリを追加し（Microsoftの
「Install .NET on Debian」ページにある packages-microsoft-prod.deb）、
その後
    sudo apt-get update &amp;&amp; sudo apt-get install dotnet-sdk-10.0
を実行します（dotnet-sdk-8.0 でも動作します）。初回の実行では BenchmarkDotNet と
Microsoft.Extensions.Caching.Memory も NuGet から取得します。
</translation>
    </message>
    <message>
        <source>Meanwhile the claims tab, `valuetask-lab claims` and the code pane keep using the %1.</source>
        <translation>それまでの間、主張タブ、`valuetask-lab claims`、コードペインは引き続き次を使います: %1。</translation>
    </message>
    <message>
        <source>reference shipped with the app</source>
        <translation>アプリ同梱のリファレンス</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>--out needs a folder of its own, not &apos;%1&apos;</source>
        <translation>--out には &apos;%1&apos; ではなく専用のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--out %1: is a symbolic link; give the folder it points to</source>
        <translation>--out %1: シンボリックリンクです。リンク先のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--out %1: exists and is not a folder</source>
        <translation>--out %1: 存在しますがフォルダーではありません</translation>
    </message>
    <message>
        <source>--out %1: is the current folder, which the run replaces as a whole; give a folder of its own</source>
        <translation>--out %1: 現在のフォルダーです。実行はフォルダー全体を置き換えるため、専用のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--out %1: holds files that a run did not write (%2); the run replaces the folder as a whole, so give an empty folder or one an earlier run wrote</source>
        <translation>--out %1: 実行が書き出していないファイルがあります（%2）。実行はフォルダー全体を置き換えるため、空のフォルダーか、以前の実行が書き出したフォルダーを指定してください</translation>
    </message>
    <message>
        <source>Build and run the C# reference program with the .NET SDK: real .NET&apos;s outcomes, benchmarks and GC counts for the claims tab, `claims` and the code pane.</source>
        <translation>.NET SDK でC#のリファレンスプログラムをビルドして実行します: 主張タブ、`claims`、コードペイン用に、実際の.NETの結果、ベンチマーク、GC回数を得ます。</translation>
    </message>
    <message>
        <source>Write dotnet_reference.csv, dotnet_outcomes.json and listings/ here (replaced as a whole; default: %1).</source>
        <translation>dotnet_reference.csv、dotnet_outcomes.json、listings/ をここに書き出します（全体を置き換え。既定: %1）。</translation>
    </message>
    <message>
        <source>A short BenchmarkDotNet job and fewer GC calls: about half a minute of measuring instead of about 7 minutes.</source>
        <translation>短いBenchmarkDotNetジョブと少ないGC呼び出し: 測定は約7分ではなく約30秒です。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>`dotnet` is not on PATH.</source>
        <translation>`dotnet` がPATH上にありません。</translation>
    </message>
    <message>
        <source>%1 has no .NET SDK 8 or newer (`dotnet --list-sdks`: %2).</source>
        <translation>%1 には .NET SDK 8 以降がありません（`dotnet --list-sdks`: %2）。</translation>
    </message>
    <message>
        <source>the C# program (%1) is not where it is installed or built: looked in %2</source>
        <translation>C#プログラム（%1）がインストール先にもビルド先にも見つかりません（探した場所: %2）</translation>
    </message>
    <message>
        <source>Building and running the C# program with %1 (SDK %2)%3.
The first build takes 15 s to 2 minutes, depending on the machine&apos;s load; then %4.
</source>
        <translation>%1（SDK %2%3）でC#プログラムをビルドして実行しています。
初回のビルドにはマシンの負荷に応じて15 s～2分かかり、その後%4を行います。
</translation>
    </message>
    <message>
        <source>, quick job</source>
        <translation>、短いジョブ</translation>
    </message>
    <message>
        <source>about half a minute of measuring</source>
        <translation>約30秒の測定</translation>
    </message>
    <message>
        <source>about 7 minutes of measuring</source>
        <translation>約7分の測定</translation>
    </message>
    <message>
        <source>cancelled by %1 after %2: the C# program was stopped; %3 is as it was</source>
        <translation>%1 により %2 後に中止しました: C#プログラムを停止しました。%3 は元のままです</translation>
    </message>
    <message>
        <source>the C# program failed (%1) after %2; %3 is as it was</source>
        <translation>C#プログラムが %2 後に失敗しました（%1）。%3 は元のままです</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>; %1 is as it was</source>
        <translation>。%1 は元のままです</translation>
    </message>
    <message>
        <source>Wrote %1:
  dotnet_reference.csv  %2 rows (%3)
  dotnet_outcomes.json  %4 cases
  listings/             %5 C# listings
</source>
        <translation>%1 に書き出しました:
  dotnet_reference.csv  %2 行（%3）
  dotnet_outcomes.json  %4 ケース
  listings/             C#リスト %5 個
</translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane&apos;s C# listings now use these files instead of the shipped reference.
</source>
        <translation>主張タブ、`valuetask-lab claims`、コードペインのC#リストは、同梱のリファレンスの代わりにこれらのファイルを使うようになりました。
</translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane read a fresh run from %1 only; run without --out (or copy these files there) to use it.
</source>
        <translation>主張タブ、`valuetask-lab claims`、コードペインは新しい実行結果を %1 からしか読みません。使うには --out なしで実行してください（またはこれらのファイルをそこへコピーしてください）。
</translation>
    </message>
    <message>
        <source>Elapsed: %1 (build and run).
</source>
        <translation>所要時間: %1（ビルドと実行）。
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not render the plot “%1”.</source>
        <translation>プロット“%1”を描画できませんでした。</translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE</source>
        <translation>気づかれない誤った値</translation>
    </message>
    <message>
        <source>same value (by accident)</source>
        <translation>同じ値（偶然）</translation>
    </message>
    <message>
        <source>InvalidOperationError</source>
        <translation>InvalidOperationError</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し数</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>キャッシュヒット率</translation>
    </message>
    <message>
        <source>Miss latency (mean)</source>
        <translation>ミスのレイテンシ（平均）</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>並行数</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>ペイロードサイズ</translation>
    </message>
    <message>
        <source>Double-await rate</source>
        <translation>二重awaitの割合</translation>
    </message>
    <message>
        <source>GC model gen0 budget</source>
        <translation>GCモデルのgen0予算</translation>
    </message>
</context>
<context>
    <name>StrategyNames</name>
    <message>
        <source>task: Task&lt;T&gt;; a cache hit allocates one completed Task object (%1 B in this build; none for a 0-byte payload, a cached bool) and no coroutine frame; only a miss runs a coroutine, whose frame is on the heap</source>
        <translation>task: Task&lt;T&gt;。キャッシュヒットでは完了済みTaskオブジェクトを1つ割り当て（このビルドで %1 B。0バイトのペイロードではキャッシュされたboolでなし）、コルーチンフレームはなし。ミスのときだけコルーチンが動き、そのフレームはヒープ上</translation>
    </message>
    <message>
        <source>valuetask: a plain function returning ValueTask&lt;T&gt;; a cache hit returns the value, a miss wraps a Task&lt;T&gt;</source>
        <translation>valuetask: ValueTask&lt;T&gt; を返す普通の関数。キャッシュヒットでは値を返し、ミスでは Task&lt;T&gt; をラップ</translation>
    </message>
    <message>
        <source>valuetask_coroutine: a coroutine returning ValueTask&lt;T&gt;; in C++ its frame is allocated before the body runs, hit or miss</source>
        <translation>valuetask_coroutine: ValueTask&lt;T&gt; を返すコルーチン。C++ではヒットでもミスでも本体の実行前にフレームが割り当てられる</translation>
    </message>
    <message>
        <source>pooled_unbounded: not .NET — a hand-written unbounded pool of frames and sources; no allocations in steady state</source>
        <translation>pooled_unbounded: .NETではない — フレームとソースの手書きの無制限プール。定常状態では割り当てなし</translation>
    </message>
    <message>
        <source>pooled: ValueTask&lt;T&gt; over .NET&apos;s pooling builder (PoolingAsyncValueTaskMethodBuilder): a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes, while results read in a batch overflow the cache</source>
        <translation>pooled: .NETのプール型ビルダー（PoolingAsyncValueTaskMethodBuilder）上の ValueTask&lt;T&gt;。ミスはキャッシュされたボックス（スレッドごとに1つ、コアごとに1つ）を取るか、1つ割り当てる。ボックスは結果が読まれたときに戻るので、各呼び出しをawaitする呼び出し元はボックスを再利用し、まとめて読まれた結果はキャッシュからあふれる</translation>
    </message>
</context>
<context>
    <name>vtl::app</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>In presenter mode</source>
        <translation>プレゼンターモード中</translation>
    </message>
    <message>
        <source>Space, →, Page Down</source>
        <translation>スペース、→、Page Down</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>←, Page Up, Backspace</source>
        <translation>←、Page Up、Backspace</translation>
    </message>
    <message>
        <source>previous step, as the class saw it</source>
        <translation>前のステップ（クラスが見たときのまま）</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>最初 / 最後のステップ</translation>
    </message>
    <message>
        <source>1–9</source>
        <translation>1–9</translation>
    </message>
    <message>
        <source>the class&apos;s answer to the step&apos;s question</source>
        <translation>ステップの質問へのクラスの回答</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>blank the screen</source>
        <translation>画面を消す</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>プレゼンターモードを終了</translation>
    </message>
    <message>
        <source>Scenario keys (JSON files, --set key=value, scenario.json and the GUI):
</source>
        <translation>シナリオのキー（JSONファイル、--set key=value、scenario.json、GUI）:
</translation>
    </message>
    <message>
        <source>  %1
      %2
      allowed: %3%4; default: %5
</source>
        <translation>  %1
      %2
      使用可能: %3%4、既定: %5
</translation>
    </message>
    <message>
        <source>valuetask-lab %1 — Task&lt;T&gt; vs ValueTask&lt;T&gt;, measured.

Usage:
  valuetask-lab                      open the GUI
</source>
        <translation>valuetask-lab %1 — Task&lt;T&gt; と ValueTask&lt;T&gt; を測定。

使い方:
  valuetask-lab                      GUIを開く
</translation>
    </message>
    <message>
        <source>
--set key=value: spaces around &apos;=&apos; are ignored (--set &quot;calls = 100&quot;).
A scenario file must be a regular file of at most %1 bytes.
A run whose estimated memory exceeds the limit (now %2: half of the memory
available; VTL_MEMORY_LIMIT_MB overrides) is refused before it starts.

</source>
        <translation>
--set key=value: &apos;=&apos; の前後の空白は無視されます（--set &quot;calls = 100&quot;）。
シナリオファイルは %1 バイト以下の通常のファイルでなければなりません。
推定メモリが上限（現在 %2: 利用可能なメモリの半分。VTL_MEMORY_LIMIT_MB で
変更可）を超える実行は、開始前に拒否されます。

</translation>
    </message>
    <message>
        <source>
GC-equivalent model (a model, not a garbage collector):
</source>
        <translation>
GC相当のモデル（モデルであり、ガベージコレクターではない）:
</translation>
    </message>
    <message>
        <source>Scenario: %1 calls per strategy, hit rate %2, miss latency %3 (%4), concurrency %5, payload %6 B, double-await rate %7, clock %8, seed %9
</source>
        <translation>シナリオ: 戦略あたりの呼び出し %1 回、ヒット率 %2、ミスのレイテンシ %3（%4）、並行数 %5、ペイロード %6 B、二重awaitの割合 %7、クロック %8、シード %9
</translation>
    </message>
    <message>
        <source>Clock-read overhead subtracted from every latency: %1 ns

</source>
        <translation>すべてのレイテンシから差し引いたクロック読み取りのコスト: %1 ns

</translation>
    </message>
    <message>
        <source>
* gen0/1k: GC-equivalent model, collections per 1,000 operations (see --help).
</source>
        <translation>
* gen0/1k: GC相当のモデル、1,000操作あたりのコレクション回数（--help を参照）。
</translation>
    </message>
    <message>
        <source>The run was cancelled: these figures cover the calls made so far.
</source>
        <translation>実行は中止されました: これらの数値はそれまでに行われた呼び出しの分だけです。
</translation>
    </message>
    <message>
        <source>ok, %1 translation of %2, %3 steps (%4)</source>
        <translation>ok、%2 の %1 訳、%3 ステップ（%4）</translation>
    </message>
    <message>
        <source>a translation of lesson &apos;%1&apos;, which is not found (neither in the folder above nor shipped)</source>
        <translation>レッスン &apos;%1&apos; の翻訳ですが、そのレッスンが見つかりません（上のフォルダーにも同梱のレッスンにもありません）</translation>
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
        <translation>run [--scenario FILE] [--set key=value]... [--out DIR]
      GUIなしでワークロードを実行し、概要表を表示します。--out を指定すると
      DIR/summary.csv、DIR/timeseries.csv、DIR/scenario.json を1組で書き出します
      （DIR は全体が置き換えられるため、専用のフォルダーが必要です）
</translation>
    </message>
    <message>
        <source>await-twice [--out DIR]
      run every case of the await-twice lab in the core and print what happened
</source>
        <translation>await-twice [--out DIR]
      await二重実行ラボの全ケースをコアで実行し、何が起きたかを表示します
</translation>
    </message>
    <message>
        <source>claims [--out DIR]
      judge the seeds&apos; claims against real .NET (shipped reference or a fresh run)
      and the C++ core (measured now); print the table; with --out write claims.csv
</source>
        <translation>claims [--out DIR]
      シードの主張を実際の.NET（同梱のリファレンスか新しい実行結果）と
      C++コア（今回測定）に照らして判定し、表を表示。--out で claims.csv を書き出します
</translation>
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
        <translation>dotnet [--out DIR] [--quick]
      PATH上の .NET SDK（8 か 10）でC#のリファレンスプログラムをビルド・実行し、
      実際の.NETのawait二重実行の結果、BenchmarkDotNetの表とGC回数、
      コードペインのC#リストを DIR に書き出します（既定: アプリのデータフォルダー。
      主張タブと `claims` は以後、同梱のリファレンスよりこちらを使います）。
      --quick: 空いた2コアのマシンでビルド込み1分未満、混んだマシンで最大3分。
      フル実行はさらに約7分かかります。SDKがなければ終了ステータス 3
</translation>
    </message>
    <message>
        <source>lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf
      check lesson files (FILE:LINE:COLUMN: problem, exit 2), list the lessons
      compiled in, or run one and write a handout (one page per step)
</source>
        <translation>lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf
      レッスンファイルを検査（FILE:LINE:COLUMN: 問題、終了ステータス 2）、
      組み込みレッスンの一覧、または1つを実行して配布資料を出力（1ステップ1ページ）
</translation>
    </message>
    <message>
        <source>screenshot --out FILE.png [--scenario FILE] [--set key=value]...
                 [--view main|claims|paths|await-twice]
                 [--size WxH] [--text-scale F]
      run the scenario in the window offscreen and save a picture
</source>
        <translation>screenshot --out FILE.png [--scenario FILE] [--set key=value]...
                 [--view main|claims|paths|await-twice]
                 [--size WxH] [--text-scale F]
      画面外のウィンドウでシナリオを実行し、画像を保存します
</translation>
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
        <translation>終了ステータス:
  0    成功
  1    実行中または書き出し中の失敗（I/Oエラー、ディスクの空き不足、…）。
       --out フォルダー内の以前のエクスポートは元のままです
  2    不正な入力（コマンドライン、シナリオファイル、--set の値、--out のパス）。
       何も実行・書き出ししていません
  3    前提条件の不足（`dotnet`: PATH上に .NET SDK 8 か 10 がない）。
       何も実行・書き出ししていません
  130  Ctrl-C（SIGINT）で中止。結果ファイルは書き出していません
  143  SIGTERM で中止。結果ファイルは書き出していません
</translation>
    </message>
</context>
<context>
    <name>vtl::app::Language</name>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use one of: %2)</source>
        <translation>--lang: 不明な言語 &apos;%1&apos;（次のいずれかを使用: %2）</translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonBand</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation>プレゼンターモード（F11）</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>レッスンを閉じる</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Measuring… (the engine is running this step&apos;s scenario)</source>
        <translation>測定中…（エンジンがこのステップのシナリオを実行しています）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 — predicted: %2 · measured: %3</source>
        <translation>%1 — 予測: %2 · 測定結果: %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonHandout</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Predicted: %1 · measured: %2</source>
        <translation>予測: %1 · 測定結果: %2</translation>
    </message>
    <message>
        <source>Figures quoted on this page (measured in this run, or from the real-.NET reference):</source>
        <translation>このページで引用した数値（この実行での測定値、または実際の.NETのリファレンスの値）:</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>Measured on %1, %2</source>
        <translation>%1 で測定、%2</translation>
    </message>
    <message>
        <source>step %1 did not finish measuring in time</source>
        <translation>ステップ %1 の測定が時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3: %4</source>
        <translation>%1 — ステップ %2/%3: %4</translation>
    </message>
</context>
<context>
    <name>vtl::app::MainWindow</name>
    <message>
        <source>Measure the claims</source>
        <translation>主張を測定</translation>
    </message>
    <message>
        <source>A run is in progress. Measure the claims when it has finished: two runs at once would compete for the CPU and distort both.</source>
        <translation>実行中です。終了してから主張を測定してください。2つの実行を同時に行うとCPUを奪い合い、両方の結果が歪みます。</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>シナリオを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>シナリオを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>名前を付けてシナリオを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes summary.csv, timeseries.csv and scenario.json of the last run into a folder, exactly as `valuetask-lab run --out` does.</source>
        <translation>最後の実行の summary.csv、timeseries.csv、scenario.json をフォルダーに書き出します（`valuetask-lab run --out` と同じ）。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the scenario: every chosen strategy, one after another, over the same sequence of calls (F5).</source>
        <translation>シナリオを実行: 選択した各戦略を順に、同じ呼び出し列で実行します（F5）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the run, or resume it (F6). The run clock stops while paused.</source>
        <translation>実行を一時停止または再開します（F6）。一時停止中は実行クロックが止まります。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Pause, then let exactly one more call run to completion (F10).</source>
        <translation>一時停止し、ちょうど1回の呼び出しを完了まで実行します（F10）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Stop the run and clear the plots (the scenario is kept).</source>
        <translation>実行を停止してプロットを消去します（シナリオは保持）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>キーボードショートカット…</translation>
    </message>
    <message>
        <source>GC model formulas…</source>
        <translation>GCモデルの式…</translation>
    </message>
    <message>
        <source>About ValueTask Lab</source>
        <translation>ValueTask Lab について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ValueTask Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Teaches, measures and demonstrates .NET Task&amp;lt;T&amp;gt; vs ValueTask&amp;lt;T&amp;gt; with a C++20 re-implementation of their semantics.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ValueTask Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.NETの Task&amp;lt;T&amp;gt; と ValueTask&amp;lt;T&amp;gt; を、そのセマンティクスのC++20による再実装で教え、測定し、実演します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready: set up a scenario and press Run.</source>
        <translation>準備完了: シナリオを設定して「実行」を押してください。</translation>
    </message>
    <message>
        <source>How many times a second the plots received new data from the engine.</source>
        <translation>プロットがエンジンから新しいデータを受け取った1秒あたりの回数。</translation>
    </message>
    <message>
        <source>Cost of one clock read, measured at the start of the run and subtracted from every latency.</source>
        <translation>1回のクロック読み取りのコスト。実行開始時に測定し、すべてのレイテンシから差し引きます。</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>実行を開始できません</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Reset: the plots are clear; press Run to start again.</source>
        <translation>リセット: プロットを消去しました。「実行」で再開します。</translation>
    </message>
    <message>
        <source>Plot updates: %1/s</source>
        <translation>プロット更新: %1/s</translation>
    </message>
    <message>
        <source>Clock read: %1 (subtracted)</source>
        <translation>クロック読み取り: %1（差し引き済み）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>: strategy %1 of %2 — %3</source>
        <translation>: 戦略 %1/%2 — %3</translation>
    </message>
    <message>
        <source> · your changes apply to the next run</source>
        <translation> · 変更は次の実行に適用されます</translation>
    </message>
    <message>
        <source>Finished: %1 calls in %2 of real time.</source>
        <translation>完了: 実時間 %2 で %1 回の呼び出し。</translation>
    </message>
    <message>
        <source>Stopped after %1 calls.</source>
        <translation>%1 回の呼び出し後に停止しました。</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>実行に失敗しました。</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>実行に失敗しました</translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation>実行中に変更: 次の実行に適用されます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>untitled scenario</source>
        <translation>無題のシナリオ</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation>%1

現在のシナリオは変更されていません。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>シナリオを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>The run is still in progress; export it when it ends.</source>
        <translation>まだ実行中です。終了してからエクスポートしてください。</translation>
    </message>
    <message>
        <source>Run a scenario first: there are no results yet.</source>
        <translation>先にシナリオを実行してください: まだ結果がありません。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Exported summary.csv, timeseries.csv and scenario.json to %1</source>
        <translation>summary.csv、timeseries.csv、scenario.json を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Cannot save the plot</source>
        <translation>プロットを保存できません</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenario (*.json);;All files (*)</source>
        <translation>シナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>シナリオ (*.json)</translation>
    </message>
    <message>
        <source>Export results into folder (summary.csv, timeseries.csv, scenario.json)</source>
        <translation>結果をフォルダーにエクスポート（summary.csv、timeseries.csv、scenario.json）</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>プロットをPNGとして保存</translation>
    </message>
    <message>
        <source>Save plot as PDF</source>
        <translation>プロットをPDFとして保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>the last session&apos;s scenario</source>
        <translation>前回のセッションのシナリオ</translation>
    </message>
    <message>
        <source>&amp;Workload panel</source>
        <translation>ワークロードパネル(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide the workload panel, giving the views the whole width (F9).</source>
        <translation>ワークロードパネルの表示／非表示を切り替え、ビューに全幅を使わせます（F9）。</translation>
    </message>
</context>
<context>
    <name>vtl::app::PresenterMode</name>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>プレゼンターモード(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, projector colours, large text; Space/→ next step, ← back, B blank, Esc leave (F11)</source>
        <translation>全画面、プロジェクター用の配色、大きな文字。スペース/→ 次のステップ、← 戻る、B 画面を消す、Esc 終了（F11）</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>レッスンを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>レッスンを開く</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>レッスン (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>配布資料をエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>配布資料をエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>レッスンを開けません</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>レッスン: %1</translation>
    </message>
</context>
<context>
    <name>vtl::app::ViewRegistry</name>
    <message>
        <source>Plots</source>
        <translation>プロット</translation>
    </message>
    <message>
        <source>Claims vs measured</source>
        <translation>主張と測定</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Await twice</source>
        <translation>2回のawait</translation>
    </message>
</context>
<context>
    <name>vtl::models</name>
    <message>
        <source>as claimed</source>
        <translation>主張どおり</translation>
    </message>
    <message>
        <source>%1× the claim</source>
        <translation>主張の %1 倍</translation>
    </message>
    <message>
        <source>%1× less than claimed</source>
        <translation>主張より %1 分の1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; as a C++ coroutine: %1</source>
        <translation>。C++コルーチンとしては: %1</translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation>割り当てバイト数</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>%1 行目: 引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>line 1: the header has no &apos;section&apos; and &apos;name&apos; columns</source>
        <translation>1 行目: ヘッダーに &apos;section&apos; と &apos;name&apos; の列がありません</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>%1 行目: フィールドが %2 個ですが、ヘッダーは %3 個です</translation>
    </message>
    <message>
        <source>line %1: a number is not a &apos;.&apos;-decimal number</source>
        <translation>%1 行目: 数値が &apos;.&apos; 区切りの10進数ではありません</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>ファイルにヘッダーはありますが、行がありません</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>オフセット %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSONオブジェクトではありません</translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>ケースがありません</translation>
    </message>
    <message>
        <source>the claim says %1</source>
        <translation>主張は %1 と述べています</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <translation>%1–%2%3</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2、%3、%4</translation>
    </message>
    <message>
        <source>run on this machine</source>
        <translation>このマシンで実行</translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation>同梱のリファレンス（開発マシンで測定）</translation>
    </message>
    <message>
        <source>exact count</source>
        <translation>正確な数</translation>
    </message>
    <message>
        <source>exact (MemoryDiagnoser)</source>
        <translation>正確（MemoryDiagnoser）</translation>
    </message>
    <message>
        <source>The .NET reference has no %1.</source>
        <translation>.NETのリファレンスに %1 がありません。</translation>
    </message>
    <message>
        <source>No .NET reference is available (neither shipped nor run here).</source>
        <translation>.NETのリファレンスがありません（同梱もなく、ここでの実行結果もありません）。</translation>
    </message>
    <message>
        <source>optimised build</source>
        <translation>最適化ビルド</translation>
    </message>
    <message>
        <source>unoptimised debug build, timings not representative</source>
        <translation>最適化なしのデバッグビルド。タイミングは代表的ではありません</translation>
    </message>
    <message>
        <source>C++ core, this machine (%1): hit costs, %2-byte value</source>
        <translation>C++コア、このマシン（%1）: ヒットのコスト、%2 バイトの値</translation>
    </message>
    <message>
        <source>Task cache-hit benchmark</source>
        <translation>Taskのキャッシュヒットのベンチマーク</translation>
    </message>
    <message>
        <source>async Task&lt;Product&gt; hit: %1 per call</source>
        <translation>async Task&lt;Product&gt; のヒット: 呼び出しあたり %1</translation>
    </message>
    <message>
        <source>a Task hit allocates %1, as claimed.</source>
        <translation>Taskのヒットは主張どおり %1 を割り当てる。</translation>
    </message>
    <message>
        <source>a Task hit allocates %1 (%2): one completed Task&lt;Product&gt; object.</source>
        <translation>Taskのヒットは %1 を割り当てる（%2）: 完了済みの Task&lt;Product&gt; オブジェクト1つ。</translation>
    </message>
    <message>
        <source>the C++ hit costs</source>
        <translation>C++のヒットのコスト</translation>
    </message>
    <message>
        <source>Task&lt;T&gt; hit: %1 per call in %2 allocation(s)</source>
        <translation>Task&lt;T&gt; のヒット: 呼び出しあたり %1、割り当て %2 回</translation>
    </message>
    <message>
        <source>no allocation: this %1-byte value completes from a cached Task.</source>
        <translation>割り当てなし: この %1 バイトの値はキャッシュされたTaskで完了する。</translation>
    </message>
    <message>
        <source>%1 for one completed Task state holding a %2-byte value; its layout (reference count, waiter list, result slot) is C++&apos;s, not a .NET object&apos;s, so the size is not .NET&apos;s.</source>
        <translation>%2 バイトの値を保持する完了済みTask状態1つで %1。そのレイアウト（参照カウント、待機者リスト、結果スロット）はC++のもので.NETオブジェクトのものではないため、サイズは.NETのものではない。</translation>
    </message>
    <message>
        <source>ValueTask cache-hit benchmark</source>
        <translation>ValueTaskのキャッシュヒットのベンチマーク</translation>
    </message>
    <message>
        <source>ValueTask&lt;Product&gt; hit: %1 per call</source>
        <translation>ValueTask&lt;Product&gt; のヒット: 呼び出しあたり %1</translation>
    </message>
    <message>
        <source>a ValueTask hit allocates nothing.</source>
        <translation>ValueTaskのヒットは何も割り当てない。</translation>
    </message>
    <message>
        <source>a ValueTask hit allocates %1.</source>
        <translation>ValueTaskのヒットは %1 を割り当てる。</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; hit: %1 per call</source>
        <translation>ValueTask&lt;T&gt; のヒット: 呼び出しあたり %1</translation>
    </message>
    <message>
        <source>no allocation on a hit.</source>
        <translation>ヒット時の割り当てなし。</translation>
    </message>
    <message>
        <source>%1 per hit.</source>
        <translation>ヒットあたり %1。</translation>
    </message>
    <message>
        <source> A C++ coroutine returning ValueTask&lt;T&gt; allocates its frame (%1) before its body runs: C# keeps a synchronously completing state machine on the stack, C++ cannot.</source>
        <translation> ValueTask&lt;T&gt; を返すC++コルーチンは、本体の実行前にフレーム（%1）を割り当てる: C#は同期完了するステートマシンをスタックに置けるが、C++はできない。</translation>
    </message>
    <message>
        <source>about 10×, as claimed.</source>
        <translation>主張どおり約10倍。</translation>
    </message>
    <message>
        <source>well short of 10×: the whole interval is below %1×.</source>
        <translation>10倍に遠く及ばない: 区間全体が %1 倍未満。</translation>
    </message>
    <message>
        <source>more than 10×: the whole interval is above %1×.</source>
        <translation>10倍超: 区間全体が %1 倍を超える。</translation>
    </message>
    <message>
        <source>the interval reaches both sides of %1–%2×: this measurement cannot decide.</source>
        <translation>区間が %1–%2 倍の両側にまたがる: この測定では判定できない。</translation>
    </message>
    <message>
        <source>cache-hit timing</source>
        <translation>キャッシュヒットのタイミング</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 per hit → %3</source>
        <translation>ヒットあたり Task %1、ValueTask %2 → %3</translation>
    </message>
    <message>
        <source>%1 (BenchmarkDotNet mean ± 99.9 % error)</source>
        <translation>%1（BenchmarkDotNetの平均 ± 99.9 %誤差）</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>%1 vs %2 per hit, including the cache lookup both do; %3</source>
        <translation>ヒットあたり %1 対 %2（両者が行うキャッシュ検索を含む）。%3</translation>
    </message>
    <message>
        <source>%1 (95 % intervals of medians: Task %2, ValueTask %3; %4 batches each)</source>
        <translation>%1（中央値の95 %区間: Task %2、ValueTask %3。各 %4 バッチ）</translation>
    </message>
    <message>
        <source> ns</source>
        <translation> ns</translation>
    </message>
    <message>
        <source>benchmarks at 100 % and 80 % hits</source>
        <translation>ヒット率100 %と80 %のベンチマーク</translation>
    </message>
    <message>
        <source>per miss: Task %1, %2 %3</source>
        <translation>ミスあたり: Task %1、%2 %3</translation>
    </message>
    <message>
        <source>derived from the 100 % and 80 % hit benchmarks</source>
        <translation>ヒット率100 %と80 %のベンチマークから算出</translation>
    </message>
    <message>
        <source>both allocate about the same per miss, %1, not %2.</source>
        <translation>ミスあたりの割り当てはどちらもほぼ同じで %1（%2 ではない）。</translation>
    </message>
    <message>
        <source>a miss allocates %1 with Task and %2 with %3.</source>
        <translation>ミスの割り当てはTaskで %1、%3 で %2。</translation>
    </message>
    <message>
        <source>both allocate %1 per miss, as claimed.</source>
        <translation>ミスあたりどちらも主張どおり %1 を割り当てる。</translation>
    </message>
    <message>
        <source>a suspending call allocates %1 with ValueTask vs %2 with Task.</source>
        <translation>中断する呼び出しの割り当ては ValueTaskで %1、Taskで %2。</translation>
    </message>
    <message>
        <source>a call that suspends allocates %1 with an async ValueTask method and %2 with Task: the state machine&apos;s box is allocated either way, so nothing is gained.</source>
        <translation>中断する呼び出しの割り当ては async ValueTask メソッドで %1、Taskで %2: どちらでもステートマシンのボックスが割り当てられるので、得るものはない。</translation>
    </message>
    <message>
        <source>a run at 0 % hits</source>
        <translation>ヒット率0 %での実行</translation>
    </message>
    <message>
        <source>per miss: Task %1, ValueTask %2</source>
        <translation>ミスあたり: Task %1、ValueTask %2</translation>
    </message>
    <message>
        <source>the same for both (%1%2): a miss runs the same Task coroutine, whose frame C++ allocates where .NET allocates a state-machine box.</source>
        <translation>どちらも同じ（%1%2）: ミスでは同じTaskコルーチンが動き、.NETがステートマシンのボックスを割り当てるところでC++はそのフレームを割り当てる。</translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation>、%1 ではない</translation>
    </message>
    <message>
        <source>%1 vs %2 per miss.</source>
        <translation>ミスあたり %1 対 %2。</translation>
    </message>
    <message>
        <source>benchmark at %1 hits</source>
        <translation>ヒット率 %1 でのベンチマーク</translation>
    </message>
    <message>
        <source>per 1,000,000 calls: Task %1, ValueTask %2</source>
        <translation>1,000,000回の呼び出しあたり: Task %1、ValueTask %2</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 (claimed %3 and %4).</source>
        <translation>Task %1、ValueTask %2（主張は %3 と %4）。</translation>
    </message>
    <message>
        <source>a run at %1 hits</source>
        <translation>ヒット率 %1 での実行</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2, with C++ object sizes (Task states, coroutine frames), not .NET&apos;s.</source>
        <translation>Task %1、ValueTask %2。C++のオブジェクトサイズ（Task状態、コルーチンフレーム）で、.NETのものではない。</translation>
    </message>
    <message>
        <source>GC count for this workload shape</source>
        <translation>このワークロード形状でのGC回数</translation>
    </message>
    <message>
        <source>real GC, per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation>実際のGC、1,000,000回の呼び出しあたり: gen0 %1、gen1 %2、gen2 %3</translation>
    </message>
    <message>
        <source>GC.CollectionCount over one run</source>
        <translation>1回の実行での GC.CollectionCount</translation>
    </message>
    <message>
        <source>within 20 % of the claim.</source>
        <translation>主張との差は20 %以内。</translation>
    </message>
    <message>
        <source>%1 gen0 collections (%2); %3 would mean a collection every %4 allocated bytes at the claimed allocation volume.</source>
        <translation>gen0コレクション %1 回（%2）。%3 は、主張どおりの割り当て量なら %4 割り当てバイトごとにコレクションが起きることを意味する。</translation>
    </message>
    <message>
        <source>a run at 80 % hits</source>
        <translation>ヒット率80 %での実行</translation>
    </message>
    <message>
        <source>GC-equivalent model (not a collector), per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation>GC相当のモデル（コレクターではない）、1,000,000回の呼び出しあたり: gen0 %1、gen1 %2、gen2 %3</translation>
    </message>
    <message>
        <source>model of the run&apos;s exact allocations</source>
        <translation>実行の正確な割り当てのモデル</translation>
    </message>
    <message>
        <source>the model counts %1 gen0 collections where real .NET counted %2 for the same workload shape: it applies a gen0 budget to the C++ core&apos;s bytes (%3 per call here, .NET %4), while the real GC sizes its budget itself.</source>
        <translation>同じワークロード形状で実際の.NETが %2 回数えたところ、モデルはgen0コレクションを %1 回と数える: モデルはC++コアのバイト数（ここでは呼び出しあたり %3、.NETは %4）にgen0予算を適用するが、実際のGCは予算を自分で調整する。</translation>
    </message>
    <message>
        <source>a model of the C++ core&apos;s allocations; it cannot confirm what the real GC does.</source>
        <translation>C++コアの割り当てのモデル。実際のGCの動作は確認できない。</translation>
    </message>
    <message>
        <source>Task allocated nothing</source>
        <translation>Taskは何も割り当てなかった</translation>
    </message>
    <message>
        <source>nothing to reduce.</source>
        <translation>減らすものがない。</translation>
    </message>
    <message>
        <source>%1 fewer %2 (%3 → %4 per 1,000,000 calls)</source>
        <translation>%2 が %1 減少（1,000,000回の呼び出しあたり %3 → %4）</translation>
    </message>
    <message>
        <source>gen0 collections</source>
        <translation>gen0コレクション</translation>
    </message>
    <message>
        <source>%1 rather than 75 % at 80 % hits: the saving is the hits&apos; Task objects, so it follows the hit rate and the object sizes.</source>
        <translation>ヒット率80 %で75 %ではなく %1: 削減分はヒットのTaskオブジェクトなので、ヒット率とオブジェクトサイズに従う。</translation>
    </message>
    <message>
        <source>about 75 % (%1).</source>
        <translation>約75 %（%1）。</translation>
    </message>
    <message>
        <source>%1 fewer allocated bytes</source>
        <translation>割り当てバイト数が %1 減少</translation>
    </message>
    <message>
        <source>C++ object sizes, so a different share than .NET&apos;s.</source>
        <translation>C++のオブジェクトサイズなので、.NETとは割合が異なる。</translation>
    </message>
    <message>
        <source>the same value again</source>
        <translation>再び同じ値</translation>
    </message>
    <message>
        <source>an exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>a wrong value, silently</source>
        <translation>気づかれない誤った値</translation>
    </message>
    <message>
        <source>blocks until completion</source>
        <translation>完了までブロック</translation>
    </message>
    <message>
        <source>the source stays leased</source>
        <translation>ソースがリース中のまま</translation>
    </message>
    <message>
        <source>works</source>
        <translation>動作する</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>outcome for “%1”</source>
        <translation>“%1” の結果</translation>
    </message>
    <message>
        <source>observed outcome</source>
        <translation>観測された結果</translation>
    </message>
    <message>
        <source>not in this lab</source>
        <translation>このラボにはない</translation>
    </message>
    <message>
        <source>C++ core, this machine: the await-twice lab</source>
        <translation>C++コア、このマシン: await二重実行ラボ</translation>
    </message>
    <message>
        <source>the C++ core&apos;s lab, run now, for comparison; it mirrors .NET&apos;s mechanics (ManualResetValueTaskSourceCore&apos;s version token).</source>
        <translation>比較のため今実行したC++コアのラボ。.NETの仕組み（ManualResetValueTaskSourceCore のバージョントークン）を再現している。</translation>
    </message>
    <message>
        <source>; Task&lt;Product&gt; hit: %1</source>
        <translation>。Task&lt;Product&gt; のヒット: %1</translation>
    </message>
    <message>
        <source>the Task hit&apos;s %1 are avoided: a ValueTask hit allocates nothing.</source>
        <translation>Taskのヒットの %1 が回避される: ValueTaskのヒットは何も割り当てない。</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; measurement</source>
        <translation>Task&lt;bool&gt; の測定</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; at 80 % hits: %1 per call, ValueTask&lt;bool&gt; %2 → %3 per Task hit</source>
        <translation>ヒット率80 %の Task&lt;bool&gt;: 呼び出しあたり %1、ValueTask&lt;bool&gt; %2 → Taskのヒットあたり %3</translation>
    </message>
    <message>
        <source>derived from allocated bytes</source>
        <translation>割り当てバイト数から算出</translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; completing synchronously allocates nothing: .NET returns a cached Task (true/false; also null, default values and small ints).</source>
        <translation>同期完了する Task&lt;bool&gt; は何も割り当てない: .NETはキャッシュされたTask（true/false。null、既定値、小さな整数も）を返す。</translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; hit allocates %1.</source>
        <translation>Task&lt;bool&gt; のヒットは %1 を割り当てる。</translation>
    </message>
    <message>
        <source>Task hit allocations</source>
        <translation>Taskのヒットの割り当て</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; hit: %1 allocations</source>
        <translation>Task&lt;bool&gt; のヒット: 割り当て %1 回</translation>
    </message>
    <message>
        <source>; Task&lt;%1-byte value&gt; hit: %2</source>
        <translation>。Task&lt;%1 バイトの値&gt; のヒット: %2</translation>
    </message>
    <message>
        <source>C++ core, this machine</source>
        <translation>C++コア、このマシン</translation>
    </message>
    <message>
        <source>the core&apos;s Task result cache does the same for bool.</source>
        <translation>コアのTask結果キャッシュもboolに対して同じことを行う。</translation>
    </message>
    <message>
        <source>the core allocates for every Task.</source>
        <translation>コアはすべてのTaskで割り当てる。</translation>
    </message>
    <message>
        <source>; an async ValueTask method that suspends: %1 per call</source>
        <translation>。中断する async ValueTask メソッド: 呼び出しあたり %1</translation>
    </message>
    <message>
        <source>a value type: 0 B on a hit, the ValueTask lives where its holder lives. When the method suspends, its state machine (with every ValueTask it holds) moves into a %1 heap box.</source>
        <translation>値型: ヒット時は0 B、ValueTaskは保持者と同じ場所にある。メソッドが中断すると、そのステートマシン（保持するすべてのValueTaskを含む）は %1 のヒープボックスへ移る。</translation>
    </message>
    <message>
        <source>no heap allocation in either path.</source>
        <translation>どちらのパスでもヒープ割り当てなし。</translation>
    </message>
    <message>
        <source>outcome for “pooling_builder”</source>
        <translation>“pooling_builder” の結果</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>the message is as quoted.</source>
        <translation>メッセージは引用どおり。</translation>
    </message>
    <message>
        <source>the second await throws %1 with the generic “%2”; no .NET message says “already been consumed”.</source>
        <translation>2回目のawaitは汎用の“%2”で %1 をスローする。“already been consumed”という.NETのメッセージはない。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the core names the misuse more specifically than .NET does, on purpose.</source>
        <translation>コアは意図的に.NETより具体的に誤用を示す。</translation>
    </message>
    <message>
        <source>true for pooled sources: each unconsumed one stays leased and the pool runs dry; a ValueTask over a result or a Task holds nothing to leak.</source>
        <translation>プールされたソースでは正しい: 消費されないソースはリース中のままでプールが枯渇する。結果やTaskを包むValueTaskにはリークするものがない。</translation>
    </message>
    <message>
        <source>nothing leaked.</source>
        <translation>リークなし。</translation>
    </message>
    <message>
        <source>a ValueTask is single-use: what can be reused is the IValueTaskSource behind it, and that reuse is exactly why awaiting the same ValueTask again throws.</source>
        <translation>ValueTaskは使い捨て: 再利用できるのはその背後の IValueTaskSource であり、その再利用こそが同じValueTaskを再びawaitするとスローする理由である。</translation>
    </message>
    <message>
        <source>the rule holds (CA2012): over a pooled source the second await throws; nothing enforces it, and over a result it returns the value again by accident.</source>
        <translation>規則は正しい（CA2012）: プールされたソースでは2回目のawaitがスローする。強制する仕組みはなく、結果を包む場合は偶然同じ値を返す。</translation>
    </message>
    <message>
        <source>the rule holds: breaking it fails.</source>
        <translation>規則は正しい: 破ると失敗する。</translation>
    </message>
    <message>
        <source>copies share one source object and token, so a copy is never stale: over a result or a Task every copy gives the value; over a pooled source the second await fails because the shared source was reset, not because of a copy.</source>
        <translation>コピーは1つのソースオブジェクトとトークンを共有するので、コピーが古くなることはない: 結果やTaskではどのコピーも値を返す。プールされたソースで2回目のawaitが失敗するのは、共有ソースがリセットされたためで、コピーのせいではない。</translation>
    </message>
    <message>
        <source>with the seed&apos;s own FooAsync (default builder) the ValueTask wraps a Task, and both methods get 42; it fails only over a pooled source (PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Copying is not the cause.</source>
        <translation>シード自身の FooAsync（既定のビルダー）ではValueTaskがTaskをラップし、両メソッドとも42を得る。失敗するのはプールされたソース（PoolingAsyncValueTaskMethodBuilder、IValueTaskSource）の場合だけ。コピーは原因ではない。</translation>
    </message>
    <message>
        <source>it blocks only over a Task (and can deadlock where a single-threaded context must run the continuation); over a pooled source it does not block at all, it throws InvalidOperationException.</source>
        <translation>ブロックするのはTaskの場合だけ（シングルスレッドのコンテキストが継続を実行する必要がある場合はデッドロックしうる）。プールされたソースではまったくブロックせず、InvalidOperationException をスローする。</translation>
    </message>
    <message>
        <source>a Task hit costs %1 more than a ValueTask hit</source>
        <translation>Taskのヒットは ValueTaskのヒットより %1 多くかかる</translation>
    </message>
    <message>
        <source>%1–%2 ns</source>
        <translation>%1–%2 ns</translation>
    </message>
    <message>
        <source>in this benchmark a Task hit costs %1 more than a ValueTask hit: the Task object and awaiting it. The allocation takes memory from the thread&apos;s own allocation context (a GC runs only when gen0&apos;s budget is used up); no thread switch happens.</source>
        <translation>このベンチマークでは、Taskのヒットは ValueTaskのヒットより %1 多くかかる: Taskオブジェクトとそのawaitの分。割り当てはスレッド自身の割り当てコンテキストからメモリを取り（GCはgen0の予算を使い切ったときだけ動く）、スレッド切り替えは起きない。</translation>
    </message>
    <message>
        <source>new/delete of a Task state: %1 per hit</source>
        <translation>Task状態のnew/delete: ヒットあたり %1</translation>
    </message>
    <message>
        <source>malloc and free on this thread, no switch either.</source>
        <translation>このスレッドでのmallocとfreeで、切り替えもない。</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>異なる</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>部分的</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>比較用</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>A Task&lt;T&gt; cache hit allocates a 32-byte Task object.</source>
        <translation>Task&lt;T&gt; のキャッシュヒットは32バイトのTaskオブジェクトを割り当てる。</translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; cache hit allocates nothing.</source>
        <translation>ValueTask&lt;T&gt; のキャッシュヒットは何も割り当てない。</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is 10× faster on cache hits (5 ns vs 50 ns).</source>
        <translation>ValueTask&lt;T&gt; はキャッシュヒットで10倍速い（5 ns 対 50 ns）。</translation>
    </message>
    <message>
        <source>On a miss both allocate the same 32 bytes.</source>
        <translation>ミスではどちらも同じ32バイトを割り当てる。</translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits: Task&lt;T&gt; 25 MB, ValueTask&lt;T&gt; 6 MB.</source>
        <translation>ヒット率80 %で1,000,000回の呼び出し: Task&lt;T&gt; 25 MB、ValueTask&lt;T&gt; 6 MB。</translation>
    </message>
    <message>
        <source>1,000,000 cached calls: Task&lt;T&gt; 30 MB, ValueTask&lt;T&gt; 0 MB.</source>
        <translation>キャッシュ済みの呼び出し1,000,000回: Task&lt;T&gt; 30 MB、ValueTask&lt;T&gt; 0 MB。</translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits with Task&lt;T&gt;: 800,000 gen0, 100,000 gen1, 10,000 gen2 collections.</source>
        <translation>Task&lt;T&gt; でヒット率80 %の1,000,000回の呼び出し: gen0 800,000回、gen1 100,000回、gen2 10,000回のコレクション。</translation>
    </message>
    <message>
        <source>… with ValueTask&lt;T&gt;: 200,000 gen0, 25,000 gen1, 2,500 gen2 collections.</source>
        <translation>… ValueTask&lt;T&gt; では: gen0 200,000回、gen1 25,000回、gen2 2,500回のコレクション。</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; cuts GC pressure by 75 %.</source>
        <translation>ValueTask&lt;T&gt; はGC負荷を75 %削減する。</translation>
    </message>
    <message>
        <source>Awaiting twice throws “The ValueTask has already been consumed”.</source>
        <translation>2回awaitすると “The ValueTask has already been consumed” がスローされる。</translation>
    </message>
    <message>
        <source>A ValueTask that is never awaited leaks a resource.</source>
        <translation>一度もawaitされないValueTaskはリソースをリークする。</translation>
    </message>
    <message>
        <source>A ValueTask is reusable (a Task completes only once).</source>
        <translation>ValueTaskは使い回し可能（Taskは一度しか完了しない）。</translation>
    </message>
    <message>
        <source>ValueTask can avoid the heap allocation a Task makes, in some cases.</source>
        <translation>ValueTaskは、場合によってはTaskが行うヒープ割り当てを避けられる。</translation>
    </message>
    <message>
        <source>An async ValueTask&lt;int&gt; method that always awaits (Task.Delay) is more memory-efficient than Task&lt;int&gt;.</source>
        <translation>常にawaitする（Task.Delay）async ValueTask&lt;int&gt; メソッドは Task&lt;int&gt; よりメモリ効率が良い。</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is a struct: a value type, allocated on the stack.</source>
        <translation>ValueTask&lt;T&gt; は構造体: 値型で、スタックに割り当てられる。</translation>
    </message>
    <message>
        <source>Task&lt;T&gt; always creates an object on the heap.</source>
        <translation>Task&lt;T&gt; は常にヒープ上にオブジェクトを作成する。</translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; must not be awaited a second time.</source>
        <translation>ValueTask&lt;T&gt; を2回awaitしてはならない。</translation>
    </message>
    <message>
        <source>If the method completes synchronously, no task object is created on the heap.</source>
        <translation>メソッドが同期的に完了すれば、ヒープ上にタスクオブジェクトは作成されない。</translation>
    </message>
    <message>
        <source>Each await works on its own copy of the struct, whose state may be stale.</source>
        <translation>各awaitは構造体の自分用のコピーに対して動作し、その状態は古い可能性がある。</translation>
    </message>
    <message>
        <source>Allocating and freeing a Task costs context switches.</source>
        <translation>Taskの割り当てと解放はコンテキストスイッチのコストがかかる。</translation>
    </message>
    <message>
        <source>Passing one ValueTask from an async ValueTask method to two methods that await it fails at run time, because the struct is copied.</source>
        <translation>async ValueTask メソッドの1つのValueTaskを、それをawaitする2つのメソッドに渡すと、構造体がコピーされるため実行時に失敗する。</translation>
    </message>
    <message>
        <source>.GetAwaiter().GetResult() before completion blocks and can deadlock.</source>
        <translation>完了前の .GetAwaiter().GetResult() はブロックし、デッドロックしうる。</translation>
    </message>
    <message>
        <source>Awaiting a ValueTask&lt;T&gt; that completed synchronously allocates nothing.</source>
        <translation>同期的に完了した ValueTask&lt;T&gt; のawaitは何も割り当てない。</translation>
    </message>
    <message>
        <source>A Task always allocates memory for the Task object, even when the result could be returned synchronously.</source>
        <translation>Taskは、結果を同期的に返せる場合でも、常にTaskオブジェクトのメモリを割り当てる。</translation>
    </message>
    <message>
        <source>A ValueTask can be returned without a heap allocation when the operation completes synchronously.</source>
        <translation>操作が同期的に完了する場合、ValueTaskはヒープ割り当てなしで返せる。</translation>
    </message>
    <message>
        <source>Real .NET — %1: %2</source>
        <translation>実際の.NET — %1: %2</translation>
    </message>
    <message>
        <source>C++ core (this machine) — %1: %2</source>
        <translation>C++コア（このマシン） — %1: %2</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>レッスンはJSONオブジェクトです</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1</source>
        <translation>&apos;format&apos; は 1 でなければなりません</translation>
    </message>
    <message>
        <source>&apos;id&apos; may use a–z, 0–9 and &apos;-&apos; only</source>
        <translation>&apos;id&apos; には a–z、0–9、&apos;-&apos; のみ使用できます</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a non-empty array</source>
        <translation>&apos;steps&apos; は空でない配列でなければなりません</translation>
    </message>
    <message>
        <source>a step is an object</source>
        <translation>ステップはオブジェクトです</translation>
    </message>
    <message>
        <source>&apos;scenario&apos; must be an object of scenario keys</source>
        <translation>&apos;scenario&apos; はシナリオキーのオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>unknown scenario key &apos;%1&apos; (keys: %2)</source>
        <translation>不明なシナリオキー &apos;%1&apos;（キー: %2）</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (views: %2)</source>
        <translation>不明なビュー &apos;%1&apos;（ビュー: %2）</translation>
    </message>
    <message>
        <source>&apos;calls&apos; must be a whole number ≥ 1</source>
        <translation>&apos;calls&apos; は1以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;engine&apos; must be an action or {&quot;action&quot;, &quot;calls&quot;}</source>
        <translation>&apos;engine&apos; はアクションまたは {&quot;action&quot;, &quot;calls&quot;} でなければなりません</translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos; (actions: %2)</source>
        <translation>不明なエンジンアクション &apos;%1&apos;（アクション: %2）</translation>
    </message>
    <message>
        <source>the scenario cannot run: %1</source>
        <translation>シナリオを実行できません: %1</translation>
    </message>
    <message>
        <source>&apos;calls&apos; goes with run (pause there) or step only</source>
        <translation>&apos;calls&apos; は run（そこで一時停止）または step とだけ使えます</translation>
    </message>
    <message>
        <source>&apos;frame&apos; must be a whole number ≥ 0</source>
        <translation>&apos;frame&apos; は0以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;await_twice&apos; must be a case id, &quot;all&quot; or {&quot;case&quot;, &quot;frame&quot;}</source>
        <translation>&apos;await_twice&apos; はケースID、&quot;all&quot; または {&quot;case&quot;, &quot;frame&quot;} でなければなりません</translation>
    </message>
    <message>
        <source>unknown await-twice case &apos;%1&apos; (cases: all, %2)</source>
        <translation>不明なawait二重実行ケース &apos;%1&apos;（ケース: all、%2）</translation>
    </message>
    <message>
        <source>&apos;frame&apos; needs one case, not &quot;all&quot;</source>
        <translation>&apos;frame&apos; には &quot;all&quot; ではなく1つのケースが必要です</translation>
    </message>
    <message>
        <source>&apos;highlight&apos; needs a view (set &apos;view&apos; in this or an earlier step)</source>
        <translation>&apos;highlight&apos; にはビューが必要です（このステップか前のステップで &apos;view&apos; を設定）</translation>
    </message>
    <message>
        <source>view &apos;%1&apos; has no region &apos;%2&apos; (regions: %3)</source>
        <translation>ビュー &apos;%1&apos; に領域 &apos;%2&apos; はありません（領域: %3）</translation>
    </message>
    <message>
        <source>&apos;predict&apos; must be an object</source>
        <translation>&apos;predict&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is asked twice</source>
        <translation>予測 &apos;%1&apos; が2回問われています</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list at least two choices</source>
        <translation>&apos;choices&apos; には少なくとも2つの選択肢が必要です</translation>
    </message>
    <message>
        <source>a choice is {&quot;id&quot;, &quot;text&quot;}</source>
        <translation>選択肢は {&quot;id&quot;, &quot;text&quot;} です</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; appears twice</source>
        <translation>選択肢 &apos;%1&apos; が2回あります</translation>
    </message>
    <message>
        <source>&apos;answer&apos; must say how the answer is computed: {&quot;fact&quot;: key} or {&quot;lowest&quot;|&quot;highest&quot;: field, &quot;among&quot;: [strategies]}</source>
        <translation>&apos;answer&apos; には答えの算出方法を指定してください: {&quot;fact&quot;: key} または {&quot;lowest&quot;|&quot;highest&quot;: field, &quot;among&quot;: [strategies]}</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not an outcome (outcomes: %2)</source>
        <translation>選択肢 &apos;%1&apos; は結果ではありません（結果: %2）</translation>
    </message>
    <message>
        <source>no choice is &apos;%1&apos;, what case %2 does</source>
        <translation>ケース %2 の動作である &apos;%1&apos; の選択肢がありません</translation>
    </message>
    <message>
        <source>a fact answer must be an outcome (await_twice.&lt;case&gt;.outcome)</source>
        <translation>fact の答えは結果（await_twice.&lt;case&gt;.outcome）でなければなりません</translation>
    </message>
    <message>
        <source>write &apos;lowest&apos; or &apos;highest&apos;, not both</source>
        <translation>&apos;lowest&apos; か &apos;highest&apos; のどちらか一方を書いてください</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2)</source>
        <translation>不明なフィールド &apos;%1&apos;（フィールド: %2）</translation>
    </message>
    <message>
        <source>&apos;among&apos; must list two or more strategies</source>
        <translation>&apos;among&apos; には2つ以上の戦略が必要です</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (strategies: %2)</source>
        <translation>不明な戦略 &apos;%1&apos;（戦略: %2）</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not one of &apos;among&apos; (nor &quot;same&quot;)</source>
        <translation>選択肢 &apos;%1&apos; は &apos;among&apos; のいずれでもありません（&quot;same&quot; でもありません）</translation>
    </message>
    <message>
        <source>no choice for &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の選択肢がありません</translation>
    </message>
    <message>
        <source>&apos;answer&apos; needs &apos;fact&apos;, &apos;lowest&apos; or &apos;highest&apos;</source>
        <translation>&apos;answer&apos; には &apos;fact&apos;、&apos;lowest&apos;、&apos;highest&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <source>no earlier step asks prediction &apos;%1&apos;</source>
        <translation>予測 &apos;%1&apos; を問う前のステップがありません</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is already revealed</source>
        <translation>予測 &apos;%1&apos; はすでに公開されています</translation>
    </message>
    <message>
        <source>nothing runs the engine between the question and this reveal, so there is no answer to show</source>
        <translation>質問とこの公開の間にエンジンを実行するものがないため、表示する答えがありません</translation>
    </message>
    <message>
        <source>nothing runs case %1 between the question and this reveal</source>
        <translation>質問とこの公開の間にケース %1 を実行するものがありません</translation>
    </message>
    <message>
        <source>strategy &apos;%1&apos; is not in this step&apos;s scenario (strategies: %2)</source>
        <translation>戦略 &apos;%1&apos; はこのステップのシナリオにありません（戦略: %2）</translation>
    </message>
    <message>
        <source>a step needs &apos;narration&apos; (or a &apos;predict&apos; question)</source>
        <translation>ステップには &apos;narration&apos;（または &apos;predict&apos; の質問）が必要です</translation>
    </message>
    <message>
        <source>{%1}: no step so far runs the engine</source>
        <translation>{%1}: ここまでにエンジンを実行するステップがありません</translation>
    </message>
    <message>
        <source>{%1}: no step so far runs case %2</source>
        <translation>{%1}: ここまでにケース %2 を実行するステップがありません</translation>
    </message>
    <message>
        <source>{%1}: no earlier step asks prediction &apos;%2&apos;</source>
        <translation>{%1}: 予測 &apos;%2&apos; を問う前のステップがありません</translation>
    </message>
    <message>
        <source>{%1}: shown before prediction &apos;%2&apos; is revealed</source>
        <translation>{%1}: 予測 &apos;%2&apos; の公開前に表示されています</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is never revealed</source>
        <translation>予測 &apos;%1&apos; が一度も公開されません</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>ファイルが1 MiBを超えています</translation>
    </message>
    <message>
        <source>Not measured yet: %1 (press “Measure the C++ core” or run `valuetask-lab claims`).</source>
        <translation>未測定: %1（「C++コアを測定」を押すか、`valuetask-lab claims` を実行してください）。</translation>
    </message>
    <message>
        <source>%1 missing: the translation must keep every placeholder of the original</source>
        <translation>%1 がありません: 翻訳では原文のプレースホルダーをすべて残してください</translation>
    </message>
    <message>
        <source>%1 not in the original: a translation shows the same figures</source>
        <translation>%1 は原文にありません: 翻訳が示す数値は原文と同じです</translation>
    </message>
    <message>
        <source>a lesson translation is a JSON object</source>
        <translation>レッスンの翻訳はJSONオブジェクトです</translation>
    </message>
    <message>
        <source>&apos;id&apos; is &apos;%1&apos; but the original lesson is &apos;%2&apos;</source>
        <translation>&apos;id&apos; が &apos;%1&apos; ですが、元のレッスンは &apos;%2&apos; です</translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be a two-letter language code such as &quot;ja&quot; or &quot;ru&quot;</source>
        <translation>&apos;lang&apos; は &quot;ja&quot; や &quot;ru&quot; のような2文字の言語コードでなければなりません</translation>
    </message>
    <message>
        <source>&apos;lang&apos; is &apos;%1&apos; but the file is in the folder &apos;%2&apos;</source>
        <translation>&apos;lang&apos; が &apos;%1&apos; ですが、ファイルはフォルダー &apos;%2&apos; にあります</translation>
    </message>
    <message>
        <source>the original has no &apos;summary&apos;</source>
        <translation>原文に &apos;summary&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be an array with one entry per step of the original</source>
        <translation>&apos;steps&apos; は原文のステップごとに1項目を持つ配列でなければなりません</translation>
    </message>
    <message>
        <source>%1 steps, but the original has %2: translate every step, in the same order</source>
        <translation>ステップが %1 個ですが、原文は %2 個です: すべてのステップを同じ順序で翻訳してください</translation>
    </message>
    <message>
        <source>missing &apos;narration&apos; (the original step has one)</source>
        <translation>&apos;narration&apos; がありません（元のステップにはあります）</translation>
    </message>
    <message>
        <source>&apos;narration&apos; must not be empty</source>
        <translation>&apos;narration&apos; は空であってはなりません</translation>
    </message>
    <message>
        <source>the original step has no &apos;narration&apos;</source>
        <translation>元のステップに &apos;narration&apos; がありません</translation>
    </message>
    <message>
        <source>the original step asks nothing: no &apos;predict&apos; here</source>
        <translation>元のステップは何も問いません: ここに &apos;predict&apos; は書けません</translation>
    </message>
    <message>
        <source>missing &apos;predict&apos; (the original step asks &apos;%1&apos;)</source>
        <translation>&apos;predict&apos; がありません（元のステップは &apos;%1&apos; を問います）</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list the original&apos;s choices</source>
        <translation>&apos;choices&apos; には原文の選択肢が必要です</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not in the original (choices: %2)</source>
        <translation>選択肢 &apos;%1&apos; は原文にありません（選択肢: %2）</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is missing: translate every choice</source>
        <translation>選択肢 &apos;%1&apos; がありません: すべての選択肢を翻訳してください</translation>
    </message>
    <message>
        <source>pooled ValueTasks never awaited</source>
        <translation>一度もawaitされないプールされたValueTask</translation>
    </message>
    <message>
        <source>second await, pooling builder</source>
        <translation>2回目のawait、プール型ビルダー</translation>
    </message>
    <message>
        <source>second await after the source was reused</source>
        <translation>ソース再利用後の2回目のawait</translation>
    </message>
    <message>
        <source>over a result</source>
        <translation>結果を包む場合</translation>
    </message>
    <message>
        <source>over a pooled box</source>
        <translation>プールされたボックスの場合</translation>
    </message>
    <message>
        <source>copies over a result</source>
        <translation>結果を包む場合のコピー</translation>
    </message>
    <message>
        <source>copies over a Task</source>
        <translation>Taskを包む場合のコピー</translation>
    </message>
    <message>
        <source>default async ValueTask (wraps a Task), awaited twice</source>
        <translation>既定の async ValueTask（Taskをラップ）、2回await</translation>
    </message>
    <message>
        <source>two concurrent awaits of a pooled source</source>
        <translation>プールされたソースの2つの同時await</translation>
    </message>
    <message>
        <source>over a Task</source>
        <translation>Taskを包む場合</translation>
    </message>
    <message>
        <source>over a pooled source</source>
        <translation>プールされたソースの場合</translation>
    </message>
    <message>
        <source>CPU time per hit (%3), empty loop subtracted: %1 vs %2, a ratio of %4. The difference is mostly new/delete of the Task state (malloc), which .NET&apos;s GC replaces with a bump-pointer allocation and a later collection; so this ratio neither confirms nor refutes a claim about .NET (and it varies from one process to the next with where malloc places the state).</source>
        <translation>ヒットあたりのCPU時間（%3、空ループ分を差し引き）: %1 対 %2、比は %4。差の大部分はTaskの状態のnew/delete（malloc）で、.NETのGCではこれがポインタを進めるだけの割り当てと後のコレクションに置き換わります。したがってこの比は.NETについての主張を裏付けも否定もしません（しかもmallocが状態をどこに置くかによって、プロセスごとに変わります）。</translation>
    </message>
</context>
<context>
    <name>vtl::models::Checker</name>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>重複したキー &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>不明なキー &apos;%1&apos;（使用可能: %2）</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lines must be strings</source>
        <translation>&apos;%1&apos; の行は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; は空でない文字列でなければなりません</translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimRunner</name>
    <message>
        <source>C++ core, this machine: engine run at %1 hits</source>
        <translation>C++コア、このマシン: ヒット率 %1 でのエンジン実行</translation>
    </message>
    <message>
        <source>engine run %1 of %2: hit rate %3, %4 calls</source>
        <translation>エンジン実行 %1/%2: ヒット率 %3、%4 回の呼び出し</translation>
    </message>
    <message>
        <source>hit costs: warm-up, paired batches, medians</source>
        <translation>ヒットのコスト: ウォームアップ、対のバッチ、中央値</translation>
    </message>
    <message>
        <source>Cannot run the claims: %1</source>
        <translation>主張を実行できません: %1</translation>
    </message>
    <message>
        <source>Measuring the claims: engine run %1 of %2 (hit rate %3, %4 calls)…</source>
        <translation>主張を測定中: エンジン実行 %1/%2（ヒット率 %3、%4 回の呼び出し）…</translation>
    </message>
    <message>
        <source>Measuring the claims: hit costs (warm-up, paired batches, medians)…</source>
        <translation>主張を測定中: ヒットのコスト（ウォームアップ、対のバッチ、中央値）…</translation>
    </message>
    <message>
        <source>Claims measured on this machine.</source>
        <translation>このマシンで測定した主張。</translation>
    </message>
    <message>
        <source>Claims run stopped: %1</source>
        <translation>主張の実行を停止しました: %1</translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimsModel</name>
    <message>
        <source>seed %1 (%2)</source>
        <translation>シード %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Seed file: %1 (%2)
Quote: %3</source>
        <translation>シードファイル: %1（%2）
引用: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Real .NET:</source>
        <translation>実際の.NET:</translation>
    </message>
    <message>
        <source>C++ core:</source>
        <translation>C++コア:</translation>
    </message>
    <message>
        <source>Seed claim</source>
        <translation>シードの主張</translation>
    </message>
    <message>
        <source>Real .NET</source>
        <translation>実際の.NET</translation>
    </message>
    <message>
        <source>C++ core
(this machine)</source>
        <translation>C++コア
（このマシン）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>vtl::models::DotnetReference</name>
    <message>
        <source>run on this machine</source>
        <translation>このマシンで実行</translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation>同梱のリファレンス（開発マシンで測定）</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2、%3、%4</translation>
    </message>
</context>
<context>
    <name>vtl::models::LessonFacts</name>
    <message>
        <source>∞ (the other is 0)</source>
        <translation>∞（他方が0）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact: write {source.field}, e.g. {task.allocs_per_op}</source>
        <translation>&apos;%1&apos; は事実ではありません: {source.field} の形式で書いてください（例: {task.allocs_per_op}）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a strategy&apos;s fields are %2</source>
        <translation>&apos;%1&apos;: 戦略のフィールドは %2 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write ratio.&lt;field&gt;.&lt;strategy&gt;.&lt;other strategy&gt;</source>
        <translation>&apos;%1&apos;: ratio.&lt;field&gt;.&lt;strategy&gt;.&lt;other strategy&gt; の形式で書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write %2.&lt;case id&gt;.&lt;field&gt; with a case id of the lab</source>
        <translation>&apos;%1&apos;: %2.&lt;case id&gt;.&lt;field&gt; の形式で、ラボのケースIDを使って書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the fields are %2</source>
        <translation>&apos;%1&apos;: フィールドは %2 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write dotnet.&lt;section&gt;.&lt;name&gt;.&lt;column&gt;, column one of %2</source>
        <translation>&apos;%1&apos;: dotnet.&lt;section&gt;.&lt;name&gt;.&lt;column&gt; の形式で書いてください（column は %2 のいずれか）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write claim.&lt;id&gt;.quote|claim|seed</source>
        <translation>&apos;%1&apos;: claim.&lt;id&gt;.quote|claim|seed の形式で書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no seed claim has the id &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: ID &apos;%2&apos; のシードの主張はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: not a scenario key</source>
        <translation>&apos;%1&apos;: シナリオのキーではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write prediction.&lt;id&gt;.chosen|answer|verdict</source>
        <translation>&apos;%1&apos;: prediction.&lt;id&gt;.chosen|answer|verdict の形式で書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown source &apos;%2&apos; (strategies, ratio, await_twice, dotnet, dotnet_outcome, claim, scenario, prediction)</source>
        <translation>&apos;%1&apos;: 不明なソース &apos;%2&apos;（strategies、ratio、await_twice、dotnet、dotnet_outcome、claim、scenario、prediction）</translation>
    </message>
</context>
<context>
    <name>vtl::models::LessonRunner</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no prediction was made</source>
        <translation>予測は行われませんでした</translation>
    </message>
    <message>
        <source>the prediction was right</source>
        <translation>予測は正しかった</translation>
    </message>
    <message>
        <source>the prediction was not right</source>
        <translation>予測は正しくなかった</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
</context>
<context>
    <name>vtl::models::ScenarioKeyText</name>
    <message>
        <source>1–5 distinct of task, valuetask, valuetask_coroutine, pooled, pooled_unbounded</source>
        <translation>task、valuetask、valuetask_coroutine、pooled、pooled_unbounded から重複なしで1–5個</translation>
    </message>
    <message>
        <source>How many service calls each strategy makes.</source>
        <translation>各戦略が行うサービス呼び出しの回数。</translation>
    </message>
    <message>
        <source>operations per strategy</source>
        <translation>戦略あたりの操作数</translation>
    </message>
    <message>
        <source>Share of calls answered from the cache: those complete synchronously.</source>
        <translation>キャッシュから応答する呼び出しの割合。これらは同期的に完了する。</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Mean simulated backend latency of a cache miss: the time the asynchronous path waits.</source>
        <translation>キャッシュミス時のシミュレートされたバックエンドの平均レイテンシ。非同期パスが待つ時間。</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Whether every miss waits exactly the mean latency or an exponentially distributed time with that mean.</source>
        <translation>各ミスがちょうど平均レイテンシだけ待つか、その平均を持つ指数分布の時間だけ待つか。</translation>
    </message>
    <message>
        <source>How many callers run at once; while some wait for the backend, others proceed.</source>
        <translation>同時に動く呼び出し元の数。一部がバックエンドを待つ間、他は先へ進む。</translation>
    </message>
    <message>
        <source>callers in flight</source>
        <translation>同時の呼び出し元</translation>
    </message>
    <message>
        <source>Size of the cached value; above 16 bytes every copy of it needs the heap, and 0 means a bool result.</source>
        <translation>キャッシュされた値のサイズ。16バイトを超えるとそのコピーごとにヒープが必要で、0はboolの結果を表す。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Share of calls that await their ValueTask a second time (the misuse the lab shows).</source>
        <translation>自分のValueTaskを2回目にawaitする呼び出しの割合（ラボが示す誤用）。</translation>
    </message>
    <message>
        <source>What-if, not .NET: pooled_unbounded&apos;s sources ignore their 16-bit token, as a hand-written IValueTaskSource could (.NET&apos;s ManualResetValueTaskSourceCore always checks it); a stale await then silently reads another operation&apos;s result.</source>
        <translation>仮定、.NETではない: pooled_unbounded のソースが16ビットのトークンを無視する。手書きの IValueTaskSource ならありうる（.NETの ManualResetValueTaskSourceCore は常にチェックする）。すると古いawaitが別の操作の結果を黙って読む。</translation>
    </message>
    <message>
        <source>Whether Task completes results from cached instances without allocating, as .NET 10&apos;s Task.FromResult does for null, both bools, int -1..8 and every all-zero value of 1, 2, 4, 8 or 16 bytes (a 0-byte payload is a bool).</source>
        <translation>Taskが結果を割り当てなしでキャッシュ済みインスタンスから返すかどうか。.NET 10 の Task.FromResult が null、bool の両値、int -1..8、1・2・4・8・16バイトのすべてゼロの値に対して行うのと同じ（0バイトのペイロードはbool）。</translation>
    </message>
    <message>
        <source>Seed of the pseudo-random sequence of hits, misses and latencies; same seed, same workload.</source>
        <translation>ヒット、ミス、レイテンシの擬似乱数列のシード。同じシードなら同じワークロード。</translation>
    </message>
    <message>
        <source>skip_idle jumps over idle waits so long runs finish in seconds; real actually sleeps (slow-motion demos).</source>
        <translation>skip_idle はアイドル待機を飛ばすので、長い実行も数秒で終わる。real は実際にスリープする（スローモーションのデモ用）。</translation>
    </message>
    <message>
        <source>GC model: bytes allocated between two modelled gen0 collections (default: .NET&apos;s workstation gen0 budget for this machine: 5/8 of max(4/5 of the largest cache, 256 KiB), at least 6 MiB as max; 160 KiB when the cache size is unknown).</source>
        <translation>GCモデル: モデル化した2回のgen0コレクションの間に割り当てるバイト数（既定: このマシンでの.NETのワークステーションGCのgen0予算。max(最大のキャッシュの4/5, 256 KiB) の5/8で、上限は6 MiB以上。キャッシュサイズが不明なら160 KiB）。</translation>
    </message>
    <message>
        <source>Allowed: %1%2</source>
        <translation>許容値: %1%2</translation>
    </message>
    <message>
        <source>Which implementations of the same cached service to run, one after another, over the same sequence of calls. task: a hit allocates one completed Task object, only a miss runs a coroutine (heap frame). pooled: .NET&apos;s pooling builder: a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes. pooled_unbounded: not .NET, a hand-written unbounded pool.</source>
        <translation>キャッシュ付きの同じサービスのどの実装を、同じ呼び出し列で順に実行するか。task: ヒットでは完了済みTaskオブジェクトを1つ割り当て、ミスのときだけコルーチンが動く（フレームはヒープ上）。pooled: .NETのプール型ビルダー。ミスはキャッシュされたボックス（スレッドごとに1つ、コアごとに1つ）を取るか、1つ割り当てる。ボックスは結果が読まれたときに戻るので、各呼び出しをawaitする呼び出し元はボックスを再利用する。pooled_unbounded: .NETではない、手書きの無制限プール。</translation>
    </message>
</context>
<context>
    <name>vtl::models::UnitFormat</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>vtl::widgets</name>
    <message>
        <source>run-clock time since start</source>
        <translation>開始からの実行クロック時間</translation>
    </message>
    <message>
        <source>Run clock: time as the workload sees it. With the skip-idle clock, waits for the simulated backend are skipped, so a run-clock second can pass in microseconds of real time; CPU work is timed for real.</source>
        <translation>実行クロック: ワークロードから見た時間。アイドルスキップクロックでは、シミュレートされたバックエンドの待機がスキップされるため、実行クロックの1秒が実時間の数マイクロ秒で過ぎることがあります。CPU処理は実時間で計測されます。</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AllocationPlot</name>
    <message>
        <source>Heap allocations over time</source>
        <translation>ヒープ割り当ての推移</translation>
    </message>
    <message>
        <source>Top: heap allocations per call in each interval. Bottom: bytes allocated per run-clock second.</source>
        <translation>上: 各区間の呼び出しあたりのヒープ割り当て数。下: 実行クロック1秒あたりの割り当てバイト数。</translation>
    </message>
    <message>
        <source>allocations
per call</source>
        <translation>呼び出しあたり
の割り当て数</translation>
    </message>
    <message>
        <source>bytes per
run-clock s</source>
        <translation>実行クロック
1 sあたりのバイト数</translation>
    </message>
    <message>
        <source>Press Run to count
heap allocations</source>
        <translation>「実行」を押すと
ヒープ割り当てを計測</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLane</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run this case in the core now and show what the second await did.</source>
        <translation>このケースをコアで今すぐ実行し、2回目のawaitの動作を表示します。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Run this case in the core now and walk through it one moment at a time.</source>
        <translation>このケースをコアで今すぐ実行し、一瞬ずつ順に見ていきます。</translation>
    </message>
    <message>
        <source>Step 4/4</source>
        <translation>ステップ 4/4</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>ステップ %1/%2</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLaneView</name>
    <message>
        <source>holds its result</source>
        <translation>結果を保持</translation>
    </message>
    <message>
        <source>wraps a Task&lt;int&gt;</source>
        <translation>Task&lt;int&gt; をラップ</translation>
    </message>
    <message>
        <source>source · token %1</source>
        <translation>ソース · トークン %1</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>ソースなし</translation>
    </message>
    <message>
        <source>Task&lt;int&gt;</source>
        <translation>Task&lt;int&gt;</translation>
    </message>
    <message>
        <source>source · slot %1</source>
        <translation>ソース · スロット %1</translation>
    </message>
    <message>
        <source>box #%1</source>
        <translation>ボックス #%1</translation>
    </message>
    <message>
        <source>what-if source</source>
        <translation>仮定のソース</translation>
    </message>
    <message>
        <source>leased</source>
        <translation>リース中</translation>
    </message>
    <message>
        <source>in the pool</source>
        <translation>プール内</translation>
    </message>
    <message>
        <source>in the cache</source>
        <translation>キャッシュ内</translation>
    </message>
    <message>
        <source>WHAT-IF, not .NET</source>
        <translation>仮定、.NETではない</translation>
    </message>
    <message>
        <source>Not run yet — Run shows the outcome, Step walks through it.</source>
        <translation>未実行 — 「実行」で結果を表示、「ステップ」で順に解説します。</translation>
    </message>
    <message>
        <source>ValueTask</source>
        <translation>ValueTask</translation>
    </message>
    <message>
        <source>token not checked!</source>
        <translation>トークン未チェック！</translation>
    </message>
    <message>
        <source>stale: version is %1</source>
        <translation>古い: バージョンは %1</translation>
    </message>
    <message>
        <source>token matches another operation!</source>
        <translation>トークンが別の操作と一致！</translation>
    </message>
    <message>
        <source>never awaited</source>
        <translation>一度もawaitされない</translation>
    </message>
    <message>
        <source>version %1 · rented %2×</source>
        <translation>バージョン %1 · %2 回レンタル</translation>
    </message>
    <message>
        <source>completed: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>completes once and keeps its result for every awaiter</source>
        <translation>1回だけ完了し、すべての待機者のために結果を保持する</translation>
    </message>
    <message>
        <source>the value is inside the ValueTask</source>
        <translation>値はValueTaskの中にある</translation>
    </message>
    <message>
        <source>the pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>operation B</source>
        <translation>操作B</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>トークン %1</translation>
    </message>
    <message>
        <source>completed with %1, not yet read</source>
        <translation>%1 で完了、未読み取り</translation>
    </message>
    <message>
        <source>%1 leased · %2 free</source>
        <translation>リース中 %1 · 空き %2</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>what it did</source>
        <translation>実際の動作</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceTab</name>
    <message>
        <source>ValueTask pitfalls: each lane runs the real C++ core when you press Run or Step</source>
        <translation>ValueTaskの落とし穴: 「実行」または「ステップ」を押すと各レーンで実際のC++コアが動きます</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>すべて実行</translation>
    </message>
    <message>
        <source>Run every case in the core now.</source>
        <translation>すべてのケースをコアで今すぐ実行します。</translation>
    </message>
    <message>
        <source>same value, by accident</source>
        <translation>偶然の同じ値</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>&lt;b&gt;wrong value&lt;/b&gt;, silently</source>
        <translation>&lt;b&gt;誤った値&lt;/b&gt;（気づかれない）</translation>
    </message>
    <message>
        <source>works (the correct way)</source>
        <translation>動作する（正しい方法）</translation>
    </message>
    <message>
        <source>blocked the thread</source>
        <translation>スレッドをブロック</translation>
    </message>
    <message>
        <source>source leaked: pool ran dry</source>
        <translation>ソースのリーク: プールが枯渇</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ClaimsTab</name>
    <message>
        <source>The seed texts&apos; claims, judged by real .NET (they are about .NET); the C++ core&apos;s figure stands beside it. Select a claim to read its quote, every sentence and where each figure comes from; all are computed from the figures.</source>
        <translation>シードテキストの主張を実際の.NETで判定します（主張は.NETについてのものです）。C++コアの数値はその横に示します。主張を選択すると、引用、すべての文、各数値の出所が表示されます。文はすべて数値から算出されます。</translation>
    </message>
    <message>
        <source>Measure the C++ core</source>
        <translation>C++コアを測定</translation>
    </message>
    <message>
        <source>Runs the claims&apos; conditions in the C++ core with a 16-byte value: 1,000,000 calls at 100 % hits, 100,000 at 0 %, 1,000,000 at 80 %, then times a hit of each strategy (warm-up, paired batches against an empty loop, medians with 95 % intervals).</source>
        <translation>主張の条件を16バイトの値でC++コア上で実行します: ヒット率100 %で1,000,000回、0 %で100,000回、80 %で1,000,000回。その後、各戦略のヒットの時間を計測します（ウォームアップ、空ループとの対のバッチ、95 %区間付きの中央値）。</translation>
    </message>
    <message>
        <source>C++ core not measured yet: the real .NET column is filled from the reference.</source>
        <translation>C++コアは未測定: 実際の.NETの列はリファレンスから埋めています。</translation>
    </message>
    <message>
        <source>Real .NET figures: %1 (%2).</source>
        <translation>実際の.NETの数値: %1（%2）。</translation>
    </message>
    <message>
        <source>Real .NET figures: none found (no fresh run in %1 and no shipped reference). Run `valuetask-lab dotnet` with the .NET SDK installed.</source>
        <translation>実際の.NETの数値: 見つかりません（%1 に新しい実行結果がなく、同梱のリファレンスもありません）。.NET SDKをインストールして `valuetask-lab dotnet` を実行してください。</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>C++ core, this machine: the current run</source>
        <translation>C++コア、このマシン: 現在の実行</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::CodePane</name>
    <message>
        <source>C++ — the core&apos;s code, running now:</source>
        <translation>C++ — 今実行中のコアのコード:</translation>
    </message>
    <message>
        <source>C# — what it mirrors:</source>
        <translation>C# — 対応するコード:</translation>
    </message>
    <message>
        <source>(listing %1 is missing from the resources)</source>
        <translation>（リスト %1 がリソースにありません）</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcFormulasDialog</name>
    <message>
        <source>GC model: formulas and parameters</source>
        <translation>GCモデル: 式とパラメーター</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GC plot shows a &lt;b&gt;model&lt;/b&gt; — what a .NET generational GC would roughly do with the allocations this run measured. No garbage collector runs here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GCプロットは&lt;b&gt;モデル&lt;/b&gt;を示します — この実行で測定した割り当てに対して.NETの世代別GCがおおよそ何をするか。ここではガベージコレクターは動いていません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcModelPlot</name>
    <message>
        <source>GC model (not a real GC)</source>
        <translation>GCモデル（実際のGCではない）</translation>
    </message>
    <message>
        <source>A model of what a .NET generational GC would do with the measured allocations: collections so far per generation, and the live heap.</source>
        <translation>測定した割り当てに対して.NETの世代別GCが何をするかのモデル: 世代ごとのこれまでのコレクション数と、生存ヒープ。</translation>
    </message>
    <message>
        <source>collections
(model)</source>
        <translation>コレクション数
（モデル）</translation>
    </message>
    <message>
        <source>live heap</source>
        <translation>生存ヒープ</translation>
    </message>
    <message>
        <source>gen%1</source>
        <translation>gen%1</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Show the GC model&apos;s formulas and the parameters of this run.</source>
        <translation>GCモデルの式とこの実行のパラメーターを表示します。</translation>
    </message>
    <message>
        <source>Press Run to model
GC collections</source>
        <translation>「実行」を押すと
GCコレクションをモデル化</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::HeapStrip</name>
    <message>
        <source>unknown until the first event</source>
        <translation>最初のイベントまで不明</translation>
    </message>
    <message>
        <source>%1 of %2 allocated since the last collection · %3 collections seen
a model of a gen0 budget, not a real GC</source>
        <translation>前回のコレクション以降 %2 中 %1 を割り当て · %3 回のコレクションを確認
gen0予算のモデルであり、実際のGCではない</translation>
    </message>
    <message>
        <source>GC MODEL — gen0 budget</source>
        <translation>GCモデル — gen0の予算</translation>
    </message>
    <message>
        <source>1 block · %1</source>
        <translation>1 ブロック · %1</translation>
    </message>
    <message>
        <source>%1 blocks · %2</source>
        <translation>%1 ブロック · %2</translation>
    </message>
    <message>
        <source>%1 · width ∝ bytes</source>
        <translation>%1 · 幅 ∝ バイト数</translation>
    </message>
    <message>
        <source>HEAP — live blocks of the animated calls</source>
        <translation>ヒープ — アニメーション中の呼び出しの生存ブロック</translation>
    </message>
    <message>
        <source>HEAP</source>
        <translation>ヒープ</translation>
    </message>
    <message>
        <source>GC MODEL</source>
        <translation>GCモデル</translation>
    </message>
    <message>
        <source>empty — nothing the animated calls made is on the heap</source>
        <translation>空 — アニメーション中の呼び出しが作ったものはヒープにありません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+他 %1 個</translation>
    </message>
    <message>
        <source>%1 collection!</source>
        <translation>%1 コレクション！</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LabPlot</name>
    <message>
        <source>Save plot as PNG…</source>
        <translation>プロットをPNGとして保存…</translation>
    </message>
    <message>
        <source>Save plot as PDF…</source>
        <translation>プロットをPDFとして保存…</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyHistogramPlot</name>
    <message>
        <source>Latency histogram</source>
        <translation>レイテンシのヒストグラム</translation>
    </message>
    <message>
        <source>Share of each strategy&apos;s calls per latency bin; bins are log-spaced, 10 per decade. Right-click for a logarithmic y axis that shows rare tails.</source>
        <translation>レイテンシのビンごとの各戦略の呼び出しの割合。ビンは対数間隔で1桁あたり10個。右クリックで、まれな裾野を示す対数y軸に切り替えます。</translation>
    </message>
    <message>
        <source>latency per call (log, 10 bins/decade)</source>
        <translation>呼び出しあたりのレイテンシ（対数、1桁あたり10ビン）</translation>
    </message>
    <message>
        <source>share of calls</source>
        <translation>呼び出しの割合</translation>
    </message>
    <message>
        <source>Logarithmic y axis (shows rare tails)</source>
        <translation>対数y軸（まれな裾野を表示）</translation>
    </message>
    <message>
        <source>Press Run to measure
the latency distribution</source>
        <translation>「実行」を押すと
レイテンシ分布を計測</translation>
    </message>
    <message>
        <source>share of calls (log)</source>
        <translation>呼び出しの割合（対数）</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyPercentilePlot</name>
    <message>
        <source>Latency by percentile (HDR)</source>
        <translation>パーセンタイル別レイテンシ（HDR）</translation>
    </message>
    <message>
        <source>Latency of each call from issue to result, by percentile. The x axis stretches the tail: 90 %, 99 %, 99.9 % … are equally spaced.</source>
        <translation>各呼び出しの発行から結果までのレイテンシをパーセンタイル別に表示。x軸は裾野を引き伸ばし、90 %、99 %、99.9 % … が等間隔になります。</translation>
    </message>
    <message>
        <source>percentile (spacing: 1/(1 − p), log)</source>
        <translation>パーセンタイル（間隔: 1/(1 − p)、対数）</translation>
    </message>
    <message>
        <source>latency per call (log)</source>
        <translation>呼び出しあたりのレイテンシ（対数）</translation>
    </message>
    <message>
        <source>Press Run to measure
latency by percentile</source>
        <translation>「実行」を押すと
パーセンタイル別レイテンシを計測</translation>
    </message>
    <message>
        <source>hit rate %1:
hits to the left,
misses to the right</source>
        <translation>ヒット率 %1:
左がヒット、
右がミス</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathDiagram</name>
    <message>
        <source>Task / frame on the heap</source>
        <translation>ヒープ上のTask / フレーム</translation>
    </message>
    <message>
        <source>caller suspended</source>
        <translation>呼び出し元は中断</translation>
    </message>
    <message>
        <source>STACK</source>
        <translation>スタック</translation>
    </message>
    <message>
        <source>HEAP + BACKEND</source>
        <translation>ヒープ + バックエンド</translation>
    </message>
    <message>
        <source>asynchronous: where a miss goes</source>
        <translation>非同期: ミスの行き先</translation>
    </message>
    <message>
        <source>caller</source>
        <translation>呼び出し元</translation>
    </message>
    <message>
        <source>co_await op</source>
        <translation>co_await op</translation>
    </message>
    <message>
        <source>service method</source>
        <translation>サービスメソッド</translation>
    </message>
    <message>
        <source>get(spec)</source>
        <translation>get(spec)</translation>
    </message>
    <message>
        <source>in the cache?</source>
        <translation>キャッシュにある？</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>ヒット</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>ミス</translation>
    </message>
    <message>
        <source>returns at once</source>
        <translation>すぐに返る</translation>
    </message>
    <message>
        <source>waiting for the backend</source>
        <translation>バックエンドを待機中</translation>
    </message>
    <message>
        <source>backend done</source>
        <translation>バックエンド完了</translation>
    </message>
    <message>
        <source>result set</source>
        <translation>結果を設定</translation>
    </message>
    <message>
        <source>result set · %1</source>
        <translation>結果を設定 · %1</translation>
    </message>
    <message>
        <source>continuation resumes the caller</source>
        <translation>継続が呼び出し元を再開</translation>
    </message>
    <message>
        <source>+%1 heap</source>
        <translation>+%1 ヒープ</translation>
    </message>
    <message>
        <source>Waiting for traced calls.</source>
        <translation>トレースされた呼び出しを待機中。</translation>
    </message>
    <message>
        <source>waited %1 (run clock)</source>
        <translation>%1 待機（実行クロック）</translation>
    </message>
    <message>
        <source>synchronous: a hit returns without suspending; what it allocates is still on the heap</source>
        <translation>同期: ヒットは中断せずに返る。割り当てたものはヒープに残る</translation>
    </message>
    <message>
        <source>a Task&lt;T&gt; on the heap: a new one, or one of the cached Tasks</source>
        <translation>ヒープ上の Task&lt;T&gt;: 新規、またはキャッシュされたTaskの1つ</translation>
    </message>
    <message>
        <source>no heap object: the ValueTask struct holds the value, in the caller&apos;s frame (its heap box if it suspended before)</source>
        <translation>ヒープオブジェクトなし: ValueTask構造体が値を保持し、呼び出し元のフレームにある（以前に中断した場合はそのヒープボックス）</translation>
    </message>
    <message>
        <source>a ValueTask, but its coroutine frame is already on the heap</source>
        <translation>ValueTaskだが、そのコルーチンフレームはすでにヒープ上にある</translation>
    </message>
    <message>
        <source>the Task&apos;s coroutine frame</source>
        <translation>Taskのコルーチンフレーム</translation>
    </message>
    <message>
        <source>ValueTask wraps a new Task (its frame)</source>
        <translation>ValueTaskが新しいTask（そのフレーム）をラップ</translation>
    </message>
    <message>
        <source>the coroutine frame, allocated at entry</source>
        <translation>入口で割り当てられるコルーチンフレーム</translation>
    </message>
    <message>
        <source>a cached box (1 per thread, 1 per core), else a new one</source>
        <translation>キャッシュされたボックス（スレッドごとに1、コアごとに1）、なければ新規</translation>
    </message>
    <message>
        <source>pooled frame + pooled source: reused, not new</source>
        <translation>プールされたフレーム + プールされたソース: 再利用、新規ではない</translation>
    </message>
    <message>
        <source>Waiting for traced calls — start a run to see them move.</source>
        <translation>トレースされた呼び出しを待機中 — 実行を開始すると動きが見えます。</translation>
    </message>
    <message>
        <source>the caller calls the service method</source>
        <translation>呼び出し元がサービスメソッドを呼ぶ</translation>
    </message>
    <message>
        <source>cache hit → synchronous path, the result returns at once</source>
        <translation>キャッシュヒット → 同期パス、結果はすぐに返る</translation>
    </message>
    <message>
        <source>cache miss → asynchronous path through the heap and the backend</source>
        <translation>キャッシュミス → ヒープとバックエンドを経由する非同期パス</translation>
    </message>
    <message>
        <source>heap allocation of %1</source>
        <translation>%1 のヒープ割り当て</translation>
    </message>
    <message>
        <source>a heap block is freed</source>
        <translation>ヒープブロックが解放される</translation>
    </message>
    <message>
        <source>the caller is suspended while the backend works</source>
        <translation>バックエンドの処理中、呼び出し元は中断される</translation>
    </message>
    <message>
        <source>the backend answered after %1 (run clock)</source>
        <translation>バックエンドが %1 後に応答（実行クロック）</translation>
    </message>
    <message>
        <source>the backend answered: result set</source>
        <translation>バックエンドが応答: 結果を設定</translation>
    </message>
    <message>
        <source>the continuation resumes the caller</source>
        <translation>継続が呼び出し元を再開する</translation>
    </message>
    <message>
        <source>the caller has the value, %1 after the call</source>
        <translation>呼び出しの %1 後に呼び出し元が値を得る</translation>
    </message>
    <message>
        <source>the caller has the value</source>
        <translation>呼び出し元が値を得る</translation>
    </message>
    <message>
        <source>awaited a second time: %1</source>
        <translation>2回目のawait: %1</translation>
    </message>
    <message>
        <source>call #%1 · %2 — %3</source>
        <translation>呼び出し #%1 · %2 — %3</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathsTab</name>
    <message>
        <source>Pace:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>スローモーション</translation>
    </message>
    <message>
        <source>The engine issues only a few calls per second, on the real clock, and every one is shown: a miss really waits its backend latency. Between calls the run clock stands still, so the measurements stay honest. A run started in slow motion runs only the strategy chosen next to it, for at most %1 calls.</source>
        <translation>エンジンは実クロックで1秒あたり数回だけ呼び出しを発行し、すべてを表示します: ミスは実際にバックエンドのレイテンシを待ちます。呼び出しの間は実行クロックが止まるので、測定は正確なままです。スローモーションで開始した実行は、横で選んだ戦略だけを最大 %1 回実行します。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>The engine runs at full speed; one call in N is traced and shown, N chosen from the measured rate.</source>
        <translation>エンジンは全速で動作し、N回に1回の呼び出しをトレースして表示します。Nは測定したレートから選びます。</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>シングルステップ</translation>
    </message>
    <message>
        <source>The engine is paused. &quot;Next call&quot; lets exactly one more call run; the event buttons walk through its events.</source>
        <translation>エンジンは一時停止中です。「次の呼び出し」でちょうど1回の呼び出しを実行し、イベントボタンでそのイベントを順に見ます。</translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation> 回/s</translation>
    </message>
    <message>
        <source>Slow-motion speed: calls the engine issues per second.</source>
        <translation>スローモーションの速度: エンジンが1秒あたりに発行する呼び出し数。</translation>
    </message>
    <message>
        <source>The one strategy a slow-motion run shows.</source>
        <translation>スローモーション実行で表示する1つの戦略。</translation>
    </message>
    <message>
        <source>The same as the toolbar&apos;s Pause/Resume (F6): pauses or resumes the run and the animation together; from recorded events, returns to the live view.</source>
        <translation>ツールバーの「一時停止/再開」（F6）と同じ: 実行とアニメーションを一緒に一時停止・再開します。記録済みイベントからはライブ表示に戻ります。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Step back one event through what was recorded.</source>
        <translation>記録されたイベントを1つ戻ります。</translation>
    </message>
    <message>
        <source>Step forward one event; past the last one, let one more call run.</source>
        <translation>イベントを1つ進みます。最後を過ぎると、もう1回呼び出しを実行します。</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>次の呼び出し</translation>
    </message>
    <message>
        <source>Let the paused engine run exactly one more call, and show it.</source>
        <translation>一時停止中のエンジンでちょうど1回の呼び出しを実行し、表示します。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stepping through recorded events: event %1 of %2. Resume returns to the live view.</source>
        <translation>記録済みイベントをステップ実行中: イベント %1/%2。「再開」でライブ表示に戻ります。</translation>
    </message>
    <message>
        <source>Slow motion: this run, with all its strategies, now issues %1 calls per second. For a short run of %2 alone, press Reset, then Run.</source>
        <translation>スローモーション: この実行は全戦略で、現在1秒あたり %1 回の呼び出しを発行します。%2 だけの短い実行には、「リセット」を押してから「実行」を押してください。</translation>
    </message>
    <message>
        <source>Slow motion: %1 only, one call at a time, at most %2 calls, %3 per second on the real clock; every call shown, and between calls the run clock stands still.</source>
        <translation>スローモーション: %1 のみ、1回ずつ、最大 %2 回、実クロックで1秒あたり %3 回。すべての呼び出しを表示し、呼び出しの間は実行クロックが止まります。</translation>
    </message>
    <message>
        <source>Normal speed: showing every call</source>
        <translation>標準速度: すべての呼び出しを表示</translation>
    </message>
    <message>
        <source>Normal speed: showing 1 in %1 calls</source>
        <translation>標準速度: %1 回に1回の呼び出しを表示</translation>
    </message>
    <message>
        <source> (engine: %1 calls/s)</source>
        <translation>（エンジン: %1 回/s）</translation>
    </message>
    <message>
        <source>; %1 more traced calls were fast-forwarded to keep up</source>
        <translation>。追いつくために、トレースされた %1 回の呼び出しを早送りしました</translation>
    </message>
    <message>
        <source>Single step: the engine is paused. &quot;Next call&quot; runs exactly one more call; the Event buttons walk through its events, back and forth.</source>
        <translation>シングルステップ: エンジンは一時停止中です。「次の呼び出し」でちょうど1回の呼び出しを実行し、「イベント」ボタンでそのイベントを前後に見ます。</translation>
    </message>
    <message>
        <source> Playing %1× faster to keep up.</source>
        <translation> 追いつくために %1 倍速で再生中。</translation>
    </message>
    <message>
        <source> No run in progress: start one with Run to see calls move.</source>
        <translation> 実行中ではありません: 「実行」で開始すると呼び出しの動きが見えます。</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::RunProgressWidget</name>
    <message>
        <source>Calls done over all strategies, the recent rate in calls per second of real time, and the estimated real time left.</source>
        <translation>全戦略で完了した呼び出し数、実時間1秒あたりの最近の呼び出しレート、推定残り時間。</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>まだ実行していません</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1/%2 回の呼び出し</translation>
    </message>
    <message>
        <source> · slow motion</source>
        <translation> · スローモーション</translation>
    </message>
    <message>
        <source> · %1 calls/s</source>
        <translation> · %1 回/s</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · 残り %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · 所要 %1</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ScenarioControlPanel</name>
    <message>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>戦略</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>スイッチ</translation>
    </message>
    <message>
        <source>What-if, not .NET: sources ignore their token</source>
        <translation>仮定、.NETではない: ソースがトークンを無視</translation>
    </message>
    <message>
        <source>Task result cache</source>
        <translation>Taskの結果キャッシュ</translation>
    </message>
    <message>
        <source>Advanced: GC model, clock, seed</source>
        <translation>詳細: GCモデル、クロック、シード</translation>
    </message>
    <message>
        <source>Show or hide the settings of the GC model, the clock and the pseudo-random sequence.</source>
        <translation>GCモデル、クロック、擬似乱数列の設定を表示または非表示にします。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>クロック</translation>
    </message>
    <message>
        <source>Miss latency distribution</source>
        <translation>ミスのレイテンシ分布</translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation>実行中に変更: 次の実行に適用されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seed&lt;/b&gt;</source>
        <translation>&lt;b&gt;シード&lt;/b&gt;</translation>
    </message>
</context>
</TS>
