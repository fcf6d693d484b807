<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AwaitTwiceCommand</name>
    <message>
        <source>(what-if, not .NET)</source>
        <translation>(гипотетически, не .NET)</translation>
    </message>
    <message>
        <source>Runs every case of the await-twice lab in the C++ core now and prints what each really did.</source>
        <translation>Запускает каждый случай лаборатории «await дважды» в ядре C++ и выводит, что он на самом деле сделал.</translation>
    </message>
    <message>
        <source>Also write await_twice.csv and await_twice.json here.</source>
        <translation>Также записать сюда await_twice.csv и await_twice.json.</translation>
    </message>
    <message>
        <source>Print the outcomes as JSON (the schema of the C# program&apos;s dotnet_outcomes.json) instead of text.</source>
        <translation>Вывести результаты в JSON (схема dotnet_outcomes.json программы на C#) вместо текста.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Показать справку.</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>неожиданный аргумент</translation>
    </message>
</context>
<context>
    <name>AwaitTwiceLaneModel</name>
    <message>
        <source>Synchronous result</source>
        <translation>Синхронный результат</translation>
    </message>
    <message>
        <source>a cache hit: ValueTask(41) holds the value itself; awaited twice</source>
        <translation>кэш-попадание: ValueTask(41) сам хранит значение; await дважды</translation>
    </message>
    <message>
        <source>Wrapped Task</source>
        <translation>Обёрнутый Task</translation>
    </message>
    <message>
        <source>a miss: the ValueTask wraps a Task&lt;int&gt; completing later; awaited twice</source>
        <translation>промах: ValueTask оборачивает Task&lt;int&gt;, завершающийся позже; await дважды</translation>
    </message>
    <message>
        <source>PoolingAsyncValueTaskMethodBuilder box</source>
        <translation>Бокс PoolingAsyncValueTaskMethodBuilder</translation>
    </message>
    <message>
        <source>.NET&apos;s pooled builder: the box resets inside the first GetResult</source>
        <translation>пулирующий builder .NET: бокс сбрасывается внутри первого GetResult</translation>
    </message>
    <message>
        <source>Custom source, not rented again</source>
        <translation>Свой источник, не арендован повторно</translation>
    </message>
    <message>
        <source>a hand-written source reset only when rented again; nobody did yet</source>
        <translation>самописный источник, сбрасываемый только при повторной аренде; её ещё не было</translation>
    </message>
    <message>
        <source>Custom source, rented again</source>
        <translation>Свой источник, арендован повторно</translation>
    </message>
    <message>
        <source>another operation rents the same source before the second await</source>
        <translation>другая операция арендует тот же источник до второго await</translation>
    </message>
    <message>
        <source>What-if: a source that ignores its token</source>
        <translation>Гипотетически: источник, игнорирующий токен</translation>
    </message>
    <message>
        <source>not possible with .NET&apos;s ManualResetValueTaskSourceCore, which always checks: a hand-written source without the check</source>
        <translation>невозможно с ManualResetValueTaskSourceCore из .NET, который всегда проверяет: самописный источник без проверки</translation>
    </message>
    <message>
        <source>Token wrapped after 65,536 rents</source>
        <translation>Токен переполнился после 65 536 аренд</translation>
    </message>
    <message>
        <source>the token is checked, but 65,536 rents bring the 16-bit version round</source>
        <translation>токен проверяется, но 65 536 аренд прокручивают 16-битную версию по кругу</translation>
    </message>
    <message>
        <source>.Result before completion: source</source>
        <translation>.Result до завершения: источник</translation>
    </message>
    <message>
        <source>.Result / GetAwaiter().GetResult() on a pending source-backed ValueTask</source>
        <translation>.Result / GetAwaiter().GetResult() на ожидающем ValueTask с источником</translation>
    </message>
    <message>
        <source>.Result before completion: Task</source>
        <translation>.Result до завершения: Task</translation>
    </message>
    <message>
        <source>.Result on a pending Task-backed ValueTask</source>
        <translation>.Result на ожидающем ValueTask с Task</translation>
    </message>
    <message>
        <source>Two concurrent awaits</source>
        <translation>Два одновременных await</translation>
    </message>
    <message>
        <source>two awaiters register on one pending source (a second OnCompleted)</source>
        <translation>два ожидающих регистрируются на одном ожидающем источнике (второй OnCompleted)</translation>
    </message>
    <message>
        <source>AsTask(), then await the Task three times</source>
        <translation>AsTask(), затем await для Task три раза</translation>
    </message>
    <message>
        <source>the correct way to await more than once: one AsTask(), many awaits</source>
        <translation>правильный способ ожидать больше одного раза: один AsTask(), много await</translation>
    </message>
    <message>
        <source>AsTask() twice</source>
        <translation>AsTask() дважды</translation>
    </message>
    <message>
        <source>AsTask() called again on a consumed pooling-builder ValueTask</source>
        <translation>AsTask() повторно на уже потреблённом ValueTask пулирующего builder</translation>
    </message>
    <message>
        <source>Preserve()</source>
        <translation>Preserve()</translation>
    </message>
    <message>
        <source>Preserve() on a pending pooling-builder ValueTask, then await twice</source>
        <translation>Preserve() на ожидающем ValueTask пулирующего builder, затем await дважды</translation>
    </message>
    <message>
        <source>ValueTasks never awaited</source>
        <translation>ValueTask, которые не ожидали</translation>
    </message>
    <message>
        <source>five operations from a pool of four; nobody awaits their ValueTasks</source>
        <translation>пять операций из пула на четыре; их ValueTask никто не ожидает</translation>
    </message>
    <message>
        <source>same value</source>
        <translation>то же значение</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>неверное значение</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>блокировка</translation>
    </message>
    <message>
        <source>source leaked</source>
        <translation>утечка источника</translation>
    </message>
    <message>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>Awaiting twice</source>
        <translation>Await дважды</translation>
    </message>
    <message>
        <source>Other pitfalls</source>
        <translation>Другие ловушки</translation>
    </message>
    <message>
        <source>stale token: the source was reset since this ValueTask was made</source>
        <translation>устаревший токен: источник сброшен после создания этого ValueTask</translation>
    </message>
    <message>
        <source>result read before the operation completed</source>
        <translation>результат прочитан до завершения операции</translation>
    </message>
    <message>
        <source>second continuation: the operation is already being awaited</source>
        <translation>второе продолжение: операцию уже ожидают</translation>
    </message>
    <message>
        <source>second completion without a reset</source>
        <translation>второе завершение без сброса</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Attempts to consume a ValueTask multiple times or to directly access one&apos;s result before it&apos;s known to be completed may result in an exception or corruption.”</source>
        <translation>CA2012 «Используйте ValueTask правильно»: «Попытки потребить ValueTask несколько раз или напрямую обратиться к его результату до того, как известно о завершении, могут привести к исключению или повреждению данных.»</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “Ignoring such a ValueTask is likely an indication of a functional bug and may degrade performance.”</source>
        <translation>CA2012 «Используйте ValueTask правильно»: «Игнорирование такого ValueTask, скорее всего, указывает на функциональную ошибку и может снизить производительность.»</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: the ValueTask itself is consumed once here; the Task it became may be awaited any number of times.</source>
        <translation>CA2012 «Используйте ValueTask правильно»: здесь сам ValueTask потребляется один раз; полученный из него Task можно ожидать сколько угодно раз.</translation>
    </message>
    <message>
        <source>CA2012 “Use ValueTasks correctly”: “the ValueTask must be consumed (for example, awaited) once and only once.”</source>
        <translation>CA2012 «Используйте ValueTask правильно»: «ValueTask должен быть потреблён (например, через await) один и только один раз.»</translation>
    </message>
    <message>
        <source>.NET: %1: “%2” (the same for every misuse)</source>
        <translation>.NET: %1: “%2” (одинаково для любой ошибки)</translation>
    </message>
    <message>
        <source> (token %1, source version %2)</source>
        <translation> (токен %1, версия источника %2)</translation>
    </message>
    <message>
        <source>C++ core: InvalidOperationError, %1</source>
        <translation>Ядро C++: InvalidOperationError, %1</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ещё не запущено</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>same value: %1</source>
        <translation>то же значение: %1</translation>
    </message>
    <message>
        <source>exception thrown</source>
        <translation>выброшено исключение</translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE: %1</source>
        <translation>ТИХО НЕВЕРНОЕ ЗНАЧЕНИЕ: %1</translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation>блокировка %1 ms</translation>
    </message>
    <message>
        <source>pool ran dry</source>
        <translation>пул исчерпан</translation>
    </message>
    <message>
        <source>works: %1</source>
        <translation>работает: %1</translation>
    </message>
    <message>
        <source>Press Run or Step: the core runs this case now.</source>
        <translation>Нажмите «Запуск» или «Шаг»: ядро выполнит этот случай сейчас.</translation>
    </message>
    <message>
        <source>Harmless by accident: the value is inside the ValueTask itself.</source>
        <translation>Безвредно случайно: значение внутри самого ValueTask.</translation>
    </message>
    <message>
        <source>Harmless by accident: a Task keeps its result for every awaiter.</source>
        <translation>Безвредно случайно: Task хранит результат для каждого ожидающего.</translation>
    </message>
    <message>
        <source>By accident: nobody rented the source again before the second await — timing decides.</source>
        <translation>Случайно: никто не арендовал источник до второго await — решает тайминг.</translation>
    </message>
    <message>
        <source>The first GetResult reset the box: token %1 is stale (version %2). The second await always throws.</source>
        <translation>Первый GetResult сбросил бокс: токен %1 устарел (версия %2). Второй await всегда выбрасывает исключение.</translation>
    </message>
    <message>
        <source>.Result does not wait for a source: it throws at once.</source>
        <translation>.Result не ждёт источник: сразу выбрасывает исключение.</translation>
    </message>
    <message>
        <source>A source holds one continuation: the second registration throws; the first awaiter got %1.</source>
        <translation>Источник хранит одно продолжение: вторая регистрация выбрасывает исключение; первый ожидающий получил %1.</translation>
    </message>
    <message>
        <source>The first AsTask() consumed the operation; the second presents a stale token.</source>
        <translation>Первый AsTask() потребил операцию; второй предъявляет устаревший токен.</translation>
    </message>
    <message>
        <source>Another operation reset the source: token %1 ≠ version %2.</source>
        <translation>Другая операция сбросила источник: токен %1 ≠ версия %2.</translation>
    </message>
    <message>
        <source>%1 instead of %2: the other operation&apos;s result, and no error.</source>
        <translation>%1 вместо %2: результат другой операции, и без ошибки.</translation>
    </message>
    <message>
        <source>%1 instead of %2, and no error.</source>
        <translation>%1 вместо %2, и без ошибки.</translation>
    </message>
    <message>
        <source>.Result blocked this thread until the Task completed, then returned %1.</source>
        <translation>.Result блокировал поток до завершения Task, затем вернул %1.</translation>
    </message>
    <message>
        <source>%1 sources still leased; a pool of %2 had to allocate %3 more.</source>
        <translation>%1 источников ещё арендованы; пулу на %2 пришлось выделить ещё %3.</translation>
    </message>
    <message>
        <source>Every await returned the value: %1.</source>
        <translation>Каждый await вернул значение: %1.</translation>
    </message>
    <message>
        <source>The call returns ValueTask(%1): the result is inside the ValueTask.</source>
        <translation>Вызов возвращает ValueTask(%1): результат внутри ValueTask.</translation>
    </message>
    <message>
        <source>The ValueTask wraps a Task&lt;int&gt; that another thread completes in %1 ms.</source>
        <translation>ValueTask оборачивает Task&lt;int&gt;, который другой поток завершит через %1 ms.</translation>
    </message>
    <message>
        <source>The call returns a ValueTask over a pending Task&lt;int&gt;.</source>
        <translation>Вызов возвращает ValueTask над ожидающим Task&lt;int&gt;.</translation>
    </message>
    <message>
        <source>Operation A rents source slot %1 and returns ValueTask(source, token %2).</source>
        <translation>Операция A арендует слот источника %1 и возвращает ValueTask(source, token %2).</translation>
    </message>
    <message>
        <source>The pooling-builder method suspends: box #%1, ValueTask(box, token %2).</source>
        <translation>Метод с пулирующим builder приостанавливается: бокс #%1, ValueTask(box, token %2).</translation>
    </message>
    <message>
        <source>The first await returns %1.</source>
        <translation>Первый await возвращает %1.</translation>
    </message>
    <message>
        <source>The first await returns %1; the source goes back to the pool, not reset (version %2).</source>
        <translation>Первый await возвращает %1; источник возвращается в пул без сброса (версия %2).</translation>
    </message>
    <message>
        <source>The first await returns %1; inside that GetResult the box reset (version %2) and went back to the cache.</source>
        <translation>Первый await возвращает %1; внутри этого GetResult бокс сброшен (версия %2) и возвращён в кэш.</translation>
    </message>
    <message>
        <source>Operation B rents the same source: reset to version %1, completed with %2.</source>
        <translation>Операция B арендует тот же источник: сброс до версии %1, завершён с %2.</translation>
    </message>
    <message>
        <source>%1 more operations rented the source: the 16-bit version wrapped back to %2.</source>
        <translation>Ещё %1 операций арендовали источник: 16-битная версия вернулась к %2.</translation>
    </message>
    <message>
        <source>.Result is read while the source is still pending.</source>
        <translation>.Result читается, пока источник ещё ожидает.</translation>
    </message>
    <message>
        <source>.Result waited %1 ms, then returned %2.</source>
        <translation>.Result ждал %1 ms, затем вернул %2.</translation>
    </message>
    <message>
        <source>A first awaiter registers its continuation on the pending source.</source>
        <translation>Первый ожидающий регистрирует продолжение на ожидающем источнике.</translation>
    </message>
    <message>
        <source>A second awaiter registers on the same pending operation.</source>
        <translation>Второй ожидающий регистрируется на той же ожидающей операции.</translation>
    </message>
    <message>
        <source>The first AsTask()&apos;s Task returned %1; the box reset (version %2) and went back to the cache.</source>
        <translation>Task первого AsTask() вернул %1; бокс сброшен (версия %2) и возвращён в кэш.</translation>
    </message>
    <message>
        <source>AsTask() turned the ValueTask into a Task&lt;int&gt;.</source>
        <translation>AsTask() превратил ValueTask в Task&lt;int&gt;.</translation>
    </message>
    <message>
        <source>The Task was awaited %1 times.</source>
        <translation>Task ожидали %1 раз.</translation>
    </message>
    <message>
        <source>Preserve() returned a ValueTask over a Task&lt;int&gt;.</source>
        <translation>Preserve() вернул ValueTask над Task&lt;int&gt;.</translation>
    </message>
    <message>
        <source>A pool of %1 sources.</source>
        <translation>Пул из %1 источников.</translation>
    </message>
    <message>
        <source>%1 operations rented and completed a source; nobody awaited: %2 leased, %3 free.</source>
        <translation>%1 операций арендовали и завершили источник; никто не ожидал: %2 арендовано, %3 свободно.</translation>
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
        <translation>Эта команда собирает и запускает программу на C#, которой нужен .NET SDK 10 или 8
(команда `dotnet` с SDK в PATH).
В Debian 12: добавьте репозиторий пакетов Microsoft для Debian 12 (пакет
packages-microsoft-prod.deb со страницы Microsoft «Install .NET on Debian»),
затем
    sudo apt-get update &amp;&amp; sudo apt-get install dotnet-sdk-10.0
(подойдёт и dotnet-sdk-8.0). При первом запуске также загружаются BenchmarkDotNet и
Microsoft.Extensions.Caching.Memory из NuGet.
</translation>
    </message>
    <message>
        <source>Meanwhile the claims tab, `valuetask-lab claims` and the code pane keep using the %1.</source>
        <translation>А пока вкладка утверждений, `valuetask-lab claims` и панель кода по-прежнему используют %1.</translation>
    </message>
    <message>
        <source>reference shipped with the app</source>
        <translation>эталон, поставляемый с приложением</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
    <message>
        <source>--out needs a folder of its own, not &apos;%1&apos;</source>
        <translation>--out нужна отдельная папка, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out %1: is a symbolic link; give the folder it points to</source>
        <translation>--out %1: это символическая ссылка; укажите папку, на которую она ведёт</translation>
    </message>
    <message>
        <source>--out %1: exists and is not a folder</source>
        <translation>--out %1: существует и не является папкой</translation>
    </message>
    <message>
        <source>--out %1: is the current folder, which the run replaces as a whole; give a folder of its own</source>
        <translation>--out %1: это текущая папка, а прогон заменяет папку целиком; укажите отдельную папку</translation>
    </message>
    <message>
        <source>--out %1: holds files that a run did not write (%2); the run replaces the folder as a whole, so give an empty folder or one an earlier run wrote</source>
        <translation>--out %1: в папке есть файлы, записанные не прогоном (%2); прогон заменяет папку целиком, поэтому укажите пустую папку или папку прежнего прогона</translation>
    </message>
    <message>
        <source>Build and run the C# reference program with the .NET SDK: real .NET&apos;s outcomes, benchmarks and GC counts for the claims tab, `claims` and the code pane.</source>
        <translation>Собирает и запускает эталонную программу на C# с .NET SDK: исходы, бенчмарки и число GC настоящего .NET для вкладки утверждений, `claims` и панели кода.</translation>
    </message>
    <message>
        <source>Write dotnet_reference.csv, dotnet_outcomes.json and listings/ here (replaced as a whole; default: %1).</source>
        <translation>Записать сюда dotnet_reference.csv, dotnet_outcomes.json и listings/ (заменяется целиком; по умолчанию: %1).</translation>
    </message>
    <message>
        <source>A short BenchmarkDotNet job and fewer GC calls: about half a minute of measuring instead of about 7 minutes.</source>
        <translation>Короткий job BenchmarkDotNet и меньше вызовов GC: около полуминуты измерений вместо примерно 7 минут.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Показать справку.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неожиданный аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>`dotnet` is not on PATH.</source>
        <translation>`dotnet` не найден в PATH.</translation>
    </message>
    <message>
        <source>%1 has no .NET SDK 8 or newer (`dotnet --list-sdks`: %2).</source>
        <translation>%1: нет .NET SDK 8 или новее (`dotnet --list-sdks`: %2).</translation>
    </message>
    <message>
        <source>the C# program (%1) is not where it is installed or built: looked in %2</source>
        <translation>программа на C# (%1) не найдена ни в месте установки, ни в месте сборки: искали в %2</translation>
    </message>
    <message>
        <source>Building and running the C# program with %1 (SDK %2)%3.
The first build takes 15 s to 2 minutes, depending on the machine&apos;s load; then %4.
</source>
        <translation>Сборка и запуск программы на C# с %1 (SDK %2)%3.
Первая сборка занимает от 15 s до 2 минут в зависимости от загрузки машины; затем %4.
</translation>
    </message>
    <message>
        <source>, quick job</source>
        <translation>, короткий job</translation>
    </message>
    <message>
        <source>about half a minute of measuring</source>
        <translation>около полуминуты измерений</translation>
    </message>
    <message>
        <source>about 7 minutes of measuring</source>
        <translation>около 7 минут измерений</translation>
    </message>
    <message>
        <source>cancelled by %1 after %2: the C# program was stopped; %3 is as it was</source>
        <translation>отменено сигналом %1 через %2: программа на C# остановлена; папка %3 не изменена</translation>
    </message>
    <message>
        <source>the C# program failed (%1) after %2; %3 is as it was</source>
        <translation>программа на C# завершилась ошибкой (%1) через %2; папка %3 не изменена</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>аварийное завершение</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код завершения %1</translation>
    </message>
    <message>
        <source>; %1 is as it was</source>
        <translation>; папка %1 не изменена</translation>
    </message>
    <message>
        <source>Wrote %1:
  dotnet_reference.csv  %2 rows (%3)
  dotnet_outcomes.json  %4 cases
  listings/             %5 C# listings
</source>
        <translation>Записано в %1:
  dotnet_reference.csv  строк: %2 (%3)
  dotnet_outcomes.json  случаев: %4
  listings/             листингов C#: %5
</translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane&apos;s C# listings now use these files instead of the shipped reference.
</source>
        <translation>Вкладка утверждений, `valuetask-lab claims` и листинги C# в панели кода теперь используют эти файлы вместо поставляемого эталона.
</translation>
    </message>
    <message>
        <source>The claims tab, `valuetask-lab claims` and the code pane read a fresh run from %1 only; run without --out (or copy these files there) to use it.
</source>
        <translation>Вкладка утверждений, `valuetask-lab claims` и панель кода читают свежий прогон только из %1; чтобы использовать его, запустите без --out (или скопируйте туда эти файлы).
</translation>
    </message>
    <message>
        <source>Elapsed: %1 (build and run).
</source>
        <translation>Заняло: %1 (сборка и запуск).
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not render the plot “%1”.</source>
        <translation>Не удалось отрисовать график «%1».</translation>
    </message>
    <message>
        <source>SILENT WRONG VALUE</source>
        <translation>ТИХО НЕВЕРНОЕ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>same value (by accident)</source>
        <translation>то же значение (случайно)</translation>
    </message>
    <message>
        <source>InvalidOperationError</source>
        <translation>InvalidOperationError</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Доля кэш-попаданий</translation>
    </message>
    <message>
        <source>Miss latency (mean)</source>
        <translation>Задержка промаха (средняя)</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Параллелизм</translation>
    </message>
    <message>
        <source>Payload size</source>
        <translation>Размер данных</translation>
    </message>
    <message>
        <source>Double-await rate</source>
        <translation>Доля двойных await</translation>
    </message>
    <message>
        <source>GC model gen0 budget</source>
        <translation>Бюджет gen0 модели GC</translation>
    </message>
</context>
<context>
    <name>StrategyNames</name>
    <message>
        <source>task: Task&lt;T&gt;; a cache hit allocates one completed Task object (%1 B in this build; none for a 0-byte payload, a cached bool) and no coroutine frame; only a miss runs a coroutine, whose frame is on the heap</source>
        <translation>task: Task&lt;T&gt;; кэш-попадание выделяет один завершённый объект Task (%1 B в этой сборке; ни одного для 0-байтовых данных, кэшированный bool) и без фрейма корутины; только промах запускает корутину, её фрейм в куче</translation>
    </message>
    <message>
        <source>valuetask: a plain function returning ValueTask&lt;T&gt;; a cache hit returns the value, a miss wraps a Task&lt;T&gt;</source>
        <translation>valuetask: обычная функция, возвращающая ValueTask&lt;T&gt;; кэш-попадание возвращает значение, промах оборачивает Task&lt;T&gt;</translation>
    </message>
    <message>
        <source>valuetask_coroutine: a coroutine returning ValueTask&lt;T&gt;; in C++ its frame is allocated before the body runs, hit or miss</source>
        <translation>valuetask_coroutine: корутина, возвращающая ValueTask&lt;T&gt;; в C++ её фрейм выделяется до выполнения тела, при попадании и промахе</translation>
    </message>
    <message>
        <source>pooled_unbounded: not .NET — a hand-written unbounded pool of frames and sources; no allocations in steady state</source>
        <translation>pooled_unbounded: не .NET — самописный неограниченный пул фреймов и источников; в установившемся режиме без аллокаций</translation>
    </message>
    <message>
        <source>pooled: ValueTask&lt;T&gt; over .NET&apos;s pooling builder (PoolingAsyncValueTaskMethodBuilder): a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes, while results read in a batch overflow the cache</source>
        <translation>pooled: ValueTask&lt;T&gt; поверх пулирующего builder .NET (PoolingAsyncValueTaskMethodBuilder): промах берёт бокс из кэша (один на поток, один на ядро) или выделяет новый; бокс возвращается, когда прочитан его результат, поэтому вызывающие, которые дожидаются каждого вызова, переиспользуют боксы, а результаты, прочитанные пакетом, переполняют кэш</translation>
    </message>
</context>
<context>
    <name>vtl::app</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>In presenter mode</source>
        <translation>В режиме презентации</translation>
    </message>
    <message>
        <source>Space, →, Page Down</source>
        <translation>Пробел, →, Page Down</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>←, Page Up, Backspace</source>
        <translation>←, Page Up, Backspace</translation>
    </message>
    <message>
        <source>previous step, as the class saw it</source>
        <translation>предыдущий шаг, как его видел класс</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>первый / последний шаг</translation>
    </message>
    <message>
        <source>1–9</source>
        <translation>1–9</translation>
    </message>
    <message>
        <source>the class&apos;s answer to the step&apos;s question</source>
        <translation>ответ класса на вопрос шага</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>blank the screen</source>
        <translation>погасить экран</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>выйти из режима презентации</translation>
    </message>
    <message>
        <source>Scenario keys (JSON files, --set key=value, scenario.json and the GUI):
</source>
        <translation>Ключи сценария (файлы JSON, --set key=value, scenario.json и GUI):
</translation>
    </message>
    <message>
        <source>  %1
      %2
      allowed: %3%4; default: %5
</source>
        <translation>  %1
      %2
      допустимо: %3%4; по умолчанию: %5
</translation>
    </message>
    <message>
        <source>valuetask-lab %1 — Task&lt;T&gt; vs ValueTask&lt;T&gt;, measured.

Usage:
  valuetask-lab                      open the GUI
</source>
        <translation>valuetask-lab %1 — замеры Task&lt;T&gt; против ValueTask&lt;T&gt;.

Использование:
  valuetask-lab                      открыть GUI
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
--set key=value: пробелы вокруг &apos;=&apos; игнорируются (--set &quot;calls = 100&quot;).
Файл сценария должен быть обычным файлом не больше %1 байт.
Прогон, оценка памяти которого превышает лимит (сейчас %2: половина доступной
памяти; VTL_MEMORY_LIMIT_MB его переопределяет), отклоняется до запуска.

</translation>
    </message>
    <message>
        <source>
GC-equivalent model (a model, not a garbage collector):
</source>
        <translation>
GC-эквивалентная модель (модель, а не сборщик мусора):
</translation>
    </message>
    <message>
        <source>Scenario: %1 calls per strategy, hit rate %2, miss latency %3 (%4), concurrency %5, payload %6 B, double-await rate %7, clock %8, seed %9
</source>
        <translation>Сценарий: вызовов на стратегию %1, доля попаданий %2, задержка промаха %3 (%4), параллелизм %5, данные %6 B, доля двойных await %7, часы %8, seed %9
</translation>
    </message>
    <message>
        <source>Clock-read overhead subtracted from every latency: %1 ns

</source>
        <translation>Стоимость чтения часов, вычтенная из каждой задержки: %1 ns

</translation>
    </message>
    <message>
        <source>
* gen0/1k: GC-equivalent model, collections per 1,000 operations (see --help).
</source>
        <translation>
* gen0/1k: GC-эквивалентная модель, сборок на 1 000 операций (см. --help).
</translation>
    </message>
    <message>
        <source>The run was cancelled: these figures cover the calls made so far.
</source>
        <translation>Прогон отменён: эти цифры охватывают только уже сделанные вызовы.
</translation>
    </message>
    <message>
        <source>ok, %1 translation of %2, %3 steps (%4)</source>
        <translation>ok, перевод %2 на %1, шагов: %3 (%4)</translation>
    </message>
    <message>
        <source>a translation of lesson &apos;%1&apos;, which is not found (neither in the folder above nor shipped)</source>
        <translation>перевод урока &apos;%1&apos;, который не найден (ни в папке выше, ни среди поставляемых)</translation>
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
      выполнить нагрузку без GUI и вывести сводную таблицу; с --out записать
      DIR/summary.csv, DIR/timeseries.csv и DIR/scenario.json одним набором (DIR
      заменяется целиком, поэтому это должна быть отдельная папка)
</translation>
    </message>
    <message>
        <source>await-twice [--out DIR]
      run every case of the await-twice lab in the core and print what happened
</source>
        <translation>await-twice [--out DIR]
      выполнить все случаи лаборатории «await дважды» в ядре и вывести, что вышло
</translation>
    </message>
    <message>
        <source>claims [--out DIR]
      judge the seeds&apos; claims against real .NET (shipped reference or a fresh run)
      and the C++ core (measured now); print the table; with --out write claims.csv
</source>
        <translation>claims [--out DIR]
      сверить утверждения из seed с настоящим .NET (поставляемый эталон или свежий
      прогон) и ядром C++ (замер сейчас); вывести таблицу; с --out записать claims.csv
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
      собрать и запустить эталонную программу на C# с .NET SDK (8 или 10) из PATH:
      исходы await-twice настоящего .NET, таблица BenchmarkDotNet, число GC и
      листинги C# для панели кода пишутся в DIR (по умолчанию: папка данных
      приложения; вкладка утверждений и `claims` предпочтут её поставляемому эталону);
      --quick: со сборкой меньше минуты на свободной 2-ядерной машине, до 3 на
      загруженной; полный прогон — ещё около 7 минут; без SDK код завершения 3
</translation>
    </message>
    <message>
        <source>lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf
      check lesson files (FILE:LINE:COLUMN: problem, exit 2), list the lessons
      compiled in, or run one and write a handout (one page per step)
</source>
        <translation>lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf
      проверить файлы уроков (FILE:LINE:COLUMN: проблема, код 2), перечислить встроенные
      уроки или выполнить урок и записать раздаточный материал (страница на шаг)
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
      выполнить сценарий в окне вне экрана и сохранить изображение
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
        <translation>Коды завершения:
  0    успех
  1    сбой при выполнении или записи (ошибка ввода-вывода, диск полон, …); прежний
       экспорт в папке --out остаётся как был
  2    неверный ввод (командная строка, файл сценария, значение --set, путь --out);
       ничего не выполнено и не записано
  3    нет необходимого (`dotnet`: нет .NET SDK 8 или 10 в PATH); ничего
       не выполнено и не записано
  130  отменено по Ctrl-C (SIGINT); файлы результатов не записаны
  143  отменено сигналом SIGTERM; файлы результатов не записаны
</translation>
    </message>
</context>
<context>
    <name>vtl::app::Language</name>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use one of: %2)</source>
        <translation>--lang: неизвестный язык &apos;%1&apos; (доступны: %2)</translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonBand</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation>Режим презентации (F11)</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Закрыть урок</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Measuring… (the engine is running this step&apos;s scenario)</source>
        <translation>Измерение… (движок выполняет сценарий этого шага)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 — predicted: %2 · measured: %3</source>
        <translation>%1 — прогноз: %2 · измерено: %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
</context>
<context>
    <name>vtl::app::LessonHandout</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Predicted: %1 · measured: %2</source>
        <translation>Прогноз: %1 · измерено: %2</translation>
    </message>
    <message>
        <source>Figures quoted on this page (measured in this run, or from the real-.NET reference):</source>
        <translation>Цифры на этой странице (измерены в этом прогоне или взяты из эталона настоящего .NET):</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>Measured on %1, %2</source>
        <translation>Измерено на %1, %2</translation>
    </message>
    <message>
        <source>step %1 did not finish measuring in time</source>
        <translation>шаг %1 не успел завершить измерение</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3: %4</source>
        <translation>%1 — шаг %2 из %3: %4</translation>
    </message>
</context>
<context>
    <name>vtl::app::MainWindow</name>
    <message>
        <source>Measure the claims</source>
        <translation>Измерить утверждения</translation>
    </message>
    <message>
        <source>A run is in progress. Measure the claims when it has finished: two runs at once would compete for the CPU and distort both.</source>
        <translation>Идёт прогон. Измерьте утверждения после его окончания: два прогона сразу конкурируют за CPU и искажают оба.</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Сохранить сценарий &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <source>Writes summary.csv, timeseries.csv and scenario.json of the last run into a folder, exactly as `valuetask-lab run --out` does.</source>
        <translation>Записывает summary.csv, timeseries.csv и scenario.json последнего прогона в папку, как `valuetask-lab run --out`.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Run the scenario: every chosen strategy, one after another, over the same sequence of calls (F5).</source>
        <translation>Запустить сценарий: каждая выбранная стратегия по очереди на одной и той же последовательности вызовов (F5).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause the run, or resume it (F6). The run clock stops while paused.</source>
        <translation>Приостановить или продолжить прогон (F6). На паузе часы прогона стоят.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Pause, then let exactly one more call run to completion (F10).</source>
        <translation>Пауза, затем выполнить ровно один вызов до конца (F10).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Stop the run and clear the plots (the scenario is kept).</source>
        <translation>Остановить прогон и очистить графики (сценарий сохраняется).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запуск</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Сочетания клавиш…</translation>
    </message>
    <message>
        <source>GC model formulas…</source>
        <translation>Формулы модели GC…</translation>
    </message>
    <message>
        <source>About ValueTask Lab</source>
        <translation>О ValueTask Lab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ValueTask Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Teaches, measures and demonstrates .NET Task&amp;lt;T&amp;gt; vs ValueTask&amp;lt;T&amp;gt; with a C++20 re-implementation of their semantics.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ValueTask Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Обучает, измеряет и демонстрирует Task&amp;lt;T&amp;gt; и ValueTask&amp;lt;T&amp;gt; из .NET на основе реализации их семантики на C++20.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready: set up a scenario and press Run.</source>
        <translation>Готово: настройте сценарий и нажмите «Запуск».</translation>
    </message>
    <message>
        <source>How many times a second the plots received new data from the engine.</source>
        <translation>Сколько раз в секунду графики получали новые данные от движка.</translation>
    </message>
    <message>
        <source>Cost of one clock read, measured at the start of the run and subtracted from every latency.</source>
        <translation>Стоимость одного чтения часов, измеренная в начале прогона и вычитаемая из каждой задержки.</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Не удаётся начать прогон</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Reset: the plots are clear; press Run to start again.</source>
        <translation>Сброс: графики очищены; нажмите «Запуск», чтобы начать снова.</translation>
    </message>
    <message>
        <source>Plot updates: %1/s</source>
        <translation>Обновлений графиков: %1/s</translation>
    </message>
    <message>
        <source>Clock read: %1 (subtracted)</source>
        <translation>Чтение часов: %1 (вычитается)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>: strategy %1 of %2 — %3</source>
        <translation>: стратегия %1 из %2 — %3</translation>
    </message>
    <message>
        <source> · your changes apply to the next run</source>
        <translation> · изменения применятся к следующему прогону</translation>
    </message>
    <message>
        <source>Finished: %1 calls in %2 of real time.</source>
        <translation>Готово: %1 вызовов за %2 реального времени.</translation>
    </message>
    <message>
        <source>Stopped after %1 calls.</source>
        <translation>Остановлено после %1 вызовов.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Прогон завершился ошибкой.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Ошибка прогона</translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation>Изменено во время прогона: применится к следующему.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>untitled scenario</source>
        <translation>сценарий без имени</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Не удаётся открыть сценарий</translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation>%1

Текущий сценарий не изменён.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Не удаётся сохранить сценарий</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранён %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>The run is still in progress; export it when it ends.</source>
        <translation>Прогон ещё идёт; экспортируйте после окончания.</translation>
    </message>
    <message>
        <source>Run a scenario first: there are no results yet.</source>
        <translation>Сначала запустите сценарий: результатов пока нет.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Exported summary.csv, timeseries.csv and scenario.json to %1</source>
        <translation>summary.csv, timeseries.csv и scenario.json экспортированы в %1</translation>
    </message>
    <message>
        <source>Cannot save the plot</source>
        <translation>Не удаётся сохранить график</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Scenario (*.json);;All files (*)</source>
        <translation>Сценарий (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>Сценарий (*.json)</translation>
    </message>
    <message>
        <source>Export results into folder (summary.csv, timeseries.csv, scenario.json)</source>
        <translation>Экспорт результатов в папку (summary.csv, timeseries.csv, scenario.json)</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>Сохранить график как PNG</translation>
    </message>
    <message>
        <source>Save plot as PDF</source>
        <translation>Сохранить график как PDF</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the last session&apos;s scenario</source>
        <translation>сценарий прошлого сеанса</translation>
    </message>
    <message>
        <source>&amp;Workload panel</source>
        <translation>Панель &amp;нагрузки</translation>
    </message>
    <message>
        <source>Show or hide the workload panel, giving the views the whole width (F9).</source>
        <translation>Показать или скрыть панель нагрузки, отдав видам всю ширину (F9).</translation>
    </message>
</context>
<context>
    <name>vtl::app::PresenterMode</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen, projector colours, large text; Space/→ next step, ← back, B blank, Esc leave (F11)</source>
        <translation>Весь экран, цвета для проектора, крупный текст; Пробел/→ — далее, ← — назад, B — погасить, Esc — выход (F11)</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Открыть &amp;урок…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Уроки (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Экспорт &amp;раздаточного материала…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Не удаётся открыть урок</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Урок: %1</translation>
    </message>
</context>
<context>
    <name>vtl::app::ViewRegistry</name>
    <message>
        <source>Plots</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Claims vs measured</source>
        <translation>Утверждения и замеры</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Пути</translation>
    </message>
    <message>
        <source>Await twice</source>
        <translation>Await дважды</translation>
    </message>
</context>
<context>
    <name>vtl::models</name>
    <message>
        <source>as claimed</source>
        <translation>как утверждается</translation>
    </message>
    <message>
        <source>%1× the claim</source>
        <translation>%1× от утверждения</translation>
    </message>
    <message>
        <source>%1× less than claimed</source>
        <translation>в %1× меньше утверждения</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; as a C++ coroutine: %1</source>
        <translation>; как корутина C++: %1</translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation>выделено байт</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>строка %1: поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line 1: the header has no &apos;section&apos; and &apos;name&apos; columns</source>
        <translation>строка 1: в заголовке нет столбцов &apos;section&apos; и &apos;name&apos;</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>строка %1: полей %2, в заголовке %3</translation>
    </message>
    <message>
        <source>line %1: a number is not a &apos;.&apos;-decimal number</source>
        <translation>строка %1: число не в формате с &apos;.&apos; как разделителем</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>в файле есть заголовок, но нет строк</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>смещение %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>no cases</source>
        <translation>нет случаев</translation>
    </message>
    <message>
        <source>the claim says %1</source>
        <translation>утверждение гласит: %1</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>без ограничений</translation>
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
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>run on this machine</source>
        <translation>прогон на этой машине</translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation>поставляемый эталон, измерен на машине разработки</translation>
    </message>
    <message>
        <source>exact count</source>
        <translation>точный подсчёт</translation>
    </message>
    <message>
        <source>exact (MemoryDiagnoser)</source>
        <translation>точно (MemoryDiagnoser)</translation>
    </message>
    <message>
        <source>The .NET reference has no %1.</source>
        <translation>В эталоне .NET нет %1.</translation>
    </message>
    <message>
        <source>No .NET reference is available (neither shipped nor run here).</source>
        <translation>Эталон .NET недоступен (ни поставляемый, ни запущенный здесь).</translation>
    </message>
    <message>
        <source>optimised build</source>
        <translation>оптимизированная сборка</translation>
    </message>
    <message>
        <source>unoptimised debug build, timings not representative</source>
        <translation>неоптимизированная отладочная сборка, тайминги не показательны</translation>
    </message>
    <message>
        <source>C++ core, this machine (%1): hit costs, %2-byte value</source>
        <translation>Ядро C++, эта машина (%1): стоимость попаданий, %2-байтовое значение</translation>
    </message>
    <message>
        <source>Task cache-hit benchmark</source>
        <translation>Бенчмарк кэш-попаданий Task</translation>
    </message>
    <message>
        <source>async Task&lt;Product&gt; hit: %1 per call</source>
        <translation>async Task&lt;Product&gt;, попадание: %1 на вызов</translation>
    </message>
    <message>
        <source>a Task hit allocates %1, as claimed.</source>
        <translation>попадание Task выделяет %1, как утверждается.</translation>
    </message>
    <message>
        <source>a Task hit allocates %1 (%2): one completed Task&lt;Product&gt; object.</source>
        <translation>попадание Task выделяет %1 (%2): один завершённый объект Task&lt;Product&gt;.</translation>
    </message>
    <message>
        <source>the C++ hit costs</source>
        <translation>стоимость попадания в C++</translation>
    </message>
    <message>
        <source>Task&lt;T&gt; hit: %1 per call in %2 allocation(s)</source>
        <translation>попадание Task&lt;T&gt;: %1 на вызов, аллокаций: %2</translation>
    </message>
    <message>
        <source>no allocation: this %1-byte value completes from a cached Task.</source>
        <translation>без аллокаций: это %1-байтовое значение завершается из кэшированного Task.</translation>
    </message>
    <message>
        <source>%1 for one completed Task state holding a %2-byte value; its layout (reference count, waiter list, result slot) is C++&apos;s, not a .NET object&apos;s, so the size is not .NET&apos;s.</source>
        <translation>%1 на одно завершённое состояние Task с %2-байтовым значением; его устройство (счётчик ссылок, список ожидающих, слот результата) — от C++, а не объекта .NET, поэтому размер не как в .NET.</translation>
    </message>
    <message>
        <source>ValueTask cache-hit benchmark</source>
        <translation>Бенчмарк кэш-попаданий ValueTask</translation>
    </message>
    <message>
        <source>ValueTask&lt;Product&gt; hit: %1 per call</source>
        <translation>попадание ValueTask&lt;Product&gt;: %1 на вызов</translation>
    </message>
    <message>
        <source>a ValueTask hit allocates nothing.</source>
        <translation>попадание ValueTask ничего не выделяет.</translation>
    </message>
    <message>
        <source>a ValueTask hit allocates %1.</source>
        <translation>попадание ValueTask выделяет %1.</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; hit: %1 per call</source>
        <translation>попадание ValueTask&lt;T&gt;: %1 на вызов</translation>
    </message>
    <message>
        <source>no allocation on a hit.</source>
        <translation>при попадании нет аллокаций.</translation>
    </message>
    <message>
        <source>%1 per hit.</source>
        <translation>%1 на попадание.</translation>
    </message>
    <message>
        <source> A C++ coroutine returning ValueTask&lt;T&gt; allocates its frame (%1) before its body runs: C# keeps a synchronously completing state machine on the stack, C++ cannot.</source>
        <translation> Корутина C++, возвращающая ValueTask&lt;T&gt;, выделяет свой фрейм (%1) до выполнения тела: C# держит синхронно завершающийся конечный автомат на стеке, C++ так не может.</translation>
    </message>
    <message>
        <source>about 10×, as claimed.</source>
        <translation>примерно в 10×, как утверждается.</translation>
    </message>
    <message>
        <source>well short of 10×: the whole interval is below %1×.</source>
        <translation>заметно меньше 10×: весь интервал ниже %1×.</translation>
    </message>
    <message>
        <source>more than 10×: the whole interval is above %1×.</source>
        <translation>больше 10×: весь интервал выше %1×.</translation>
    </message>
    <message>
        <source>the interval reaches both sides of %1–%2×: this measurement cannot decide.</source>
        <translation>интервал лежит по обе стороны %1–%2×: это измерение не решает вопрос.</translation>
    </message>
    <message>
        <source>cache-hit timing</source>
        <translation>время кэш-попадания</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 per hit → %3</source>
        <translation>Task %1, ValueTask %2 на попадание → %3</translation>
    </message>
    <message>
        <source>%1 (BenchmarkDotNet mean ± 99.9 % error)</source>
        <translation>%1 (среднее BenchmarkDotNet ± погрешность 99,9 %)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>%1 vs %2 per hit, including the cache lookup both do; %3</source>
        <translation>%1 против %2 на попадание, включая поиск в кэше у обоих; %3</translation>
    </message>
    <message>
        <source>%1 (95 % intervals of medians: Task %2, ValueTask %3; %4 batches each)</source>
        <translation>%1 (95 % интервалы медиан: Task %2, ValueTask %3; по %4 пакетов)</translation>
    </message>
    <message>
        <source> ns</source>
        <translation> ns</translation>
    </message>
    <message>
        <source>benchmarks at 100 % and 80 % hits</source>
        <translation>бенчмарки при 100 % и 80 % попаданий</translation>
    </message>
    <message>
        <source>per miss: Task %1, %2 %3</source>
        <translation>на промах: Task %1, %2 %3</translation>
    </message>
    <message>
        <source>derived from the 100 % and 80 % hit benchmarks</source>
        <translation>выведено из бенчмарков при 100 % и 80 % попаданий</translation>
    </message>
    <message>
        <source>both allocate about the same per miss, %1, not %2.</source>
        <translation>оба выделяют примерно одинаково на промах: %1, а не %2.</translation>
    </message>
    <message>
        <source>a miss allocates %1 with Task and %2 with %3.</source>
        <translation>промах выделяет %1 с Task и %2 с %3.</translation>
    </message>
    <message>
        <source>both allocate %1 per miss, as claimed.</source>
        <translation>оба выделяют %1 на промах, как утверждается.</translation>
    </message>
    <message>
        <source>a suspending call allocates %1 with ValueTask vs %2 with Task.</source>
        <translation>приостанавливающийся вызов выделяет %1 с ValueTask против %2 с Task.</translation>
    </message>
    <message>
        <source>a call that suspends allocates %1 with an async ValueTask method and %2 with Task: the state machine&apos;s box is allocated either way, so nothing is gained.</source>
        <translation>приостанавливающийся вызов выделяет %1 с async-методом ValueTask и %2 с Task: бокс конечного автомата выделяется в любом случае, так что выигрыша нет.</translation>
    </message>
    <message>
        <source>a run at 0 % hits</source>
        <translation>прогон при 0 % попаданий</translation>
    </message>
    <message>
        <source>per miss: Task %1, ValueTask %2</source>
        <translation>на промах: Task %1, ValueTask %2</translation>
    </message>
    <message>
        <source>the same for both (%1%2): a miss runs the same Task coroutine, whose frame C++ allocates where .NET allocates a state-machine box.</source>
        <translation>одинаково для обоих (%1%2): промах выполняет ту же корутину Task, чей фрейм C++ выделяет там, где .NET выделяет бокс конечного автомата.</translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation>, а не %1</translation>
    </message>
    <message>
        <source>%1 vs %2 per miss.</source>
        <translation>%1 против %2 на промах.</translation>
    </message>
    <message>
        <source>benchmark at %1 hits</source>
        <translation>бенчмарк при %1 попаданий</translation>
    </message>
    <message>
        <source>per 1,000,000 calls: Task %1, ValueTask %2</source>
        <translation>на 1 000 000 вызовов: Task %1, ValueTask %2</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2 (claimed %3 and %4).</source>
        <translation>Task %1, ValueTask %2 (утверждалось %3 и %4).</translation>
    </message>
    <message>
        <source>a run at %1 hits</source>
        <translation>прогон при %1 попаданий</translation>
    </message>
    <message>
        <source>Task %1, ValueTask %2, with C++ object sizes (Task states, coroutine frames), not .NET&apos;s.</source>
        <translation>Task %1, ValueTask %2, с размерами объектов C++ (состояния Task, фреймы корутин), а не .NET.</translation>
    </message>
    <message>
        <source>GC count for this workload shape</source>
        <translation>число GC для такой нагрузки</translation>
    </message>
    <message>
        <source>real GC, per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation>настоящий GC на 1 000 000 вызовов: gen0 %1, gen1 %2, gen2 %3</translation>
    </message>
    <message>
        <source>GC.CollectionCount over one run</source>
        <translation>GC.CollectionCount за один прогон</translation>
    </message>
    <message>
        <source>within 20 % of the claim.</source>
        <translation>в пределах 20 % от утверждения.</translation>
    </message>
    <message>
        <source>%1 gen0 collections (%2); %3 would mean a collection every %4 allocated bytes at the claimed allocation volume.</source>
        <translation>%1 сборок gen0 (%2); %3 означало бы сборку каждые %4 выделенных байт при утверждаемом объёме аллокаций.</translation>
    </message>
    <message>
        <source>a run at 80 % hits</source>
        <translation>прогон при 80 % попаданий</translation>
    </message>
    <message>
        <source>GC-equivalent model (not a collector), per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3</source>
        <translation>GC-эквивалентная модель (не сборщик) на 1 000 000 вызовов: gen0 %1, gen1 %2, gen2 %3</translation>
    </message>
    <message>
        <source>model of the run&apos;s exact allocations</source>
        <translation>модель точных аллокаций прогона</translation>
    </message>
    <message>
        <source>the model counts %1 gen0 collections where real .NET counted %2 for the same workload shape: it applies a gen0 budget to the C++ core&apos;s bytes (%3 per call here, .NET %4), while the real GC sizes its budget itself.</source>
        <translation>модель насчитала %1 сборок gen0, а настоящий .NET — %2 для той же нагрузки: она применяет бюджет gen0 к байтам ядра C++ (%3 на вызов здесь, в .NET %4), а настоящий GC сам подбирает бюджет.</translation>
    </message>
    <message>
        <source>a model of the C++ core&apos;s allocations; it cannot confirm what the real GC does.</source>
        <translation>модель аллокаций ядра C++; она не может подтвердить, что делает настоящий GC.</translation>
    </message>
    <message>
        <source>Task allocated nothing</source>
        <translation>Task ничего не выделил</translation>
    </message>
    <message>
        <source>nothing to reduce.</source>
        <translation>нечего сокращать.</translation>
    </message>
    <message>
        <source>%1 fewer %2 (%3 → %4 per 1,000,000 calls)</source>
        <translation>на %1 меньше: %2 (%3 → %4 на 1 000 000 вызовов)</translation>
    </message>
    <message>
        <source>gen0 collections</source>
        <translation>сборок gen0</translation>
    </message>
    <message>
        <source>%1 rather than 75 % at 80 % hits: the saving is the hits&apos; Task objects, so it follows the hit rate and the object sizes.</source>
        <translation>%1, а не 75 % при 80 % попаданий: экономия — это объекты Task попаданий, поэтому она зависит от доли попаданий и размеров объектов.</translation>
    </message>
    <message>
        <source>about 75 % (%1).</source>
        <translation>около 75 % (%1).</translation>
    </message>
    <message>
        <source>%1 fewer allocated bytes</source>
        <translation>на %1 меньше выделенных байт</translation>
    </message>
    <message>
        <source>C++ object sizes, so a different share than .NET&apos;s.</source>
        <translation>размеры объектов C++, поэтому доля иная, чем в .NET.</translation>
    </message>
    <message>
        <source>the same value again</source>
        <translation>снова то же значение</translation>
    </message>
    <message>
        <source>an exception</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>a wrong value, silently</source>
        <translation>неверное значение, молча</translation>
    </message>
    <message>
        <source>blocks until completion</source>
        <translation>блокирует до завершения</translation>
    </message>
    <message>
        <source>the source stays leased</source>
        <translation>источник остаётся арендованным</translation>
    </message>
    <message>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>исходы</translation>
    </message>
    <message>
        <source>outcome for “%1”</source>
        <translation>исход для «%1»</translation>
    </message>
    <message>
        <source>observed outcome</source>
        <translation>наблюдаемый исход</translation>
    </message>
    <message>
        <source>not in this lab</source>
        <translation>нет в этой лаборатории</translation>
    </message>
    <message>
        <source>C++ core, this machine: the await-twice lab</source>
        <translation>Ядро C++, эта машина: лаборатория «await дважды»</translation>
    </message>
    <message>
        <source>the C++ core&apos;s lab, run now, for comparison; it mirrors .NET&apos;s mechanics (ManualResetValueTaskSourceCore&apos;s version token).</source>
        <translation>лаборатория ядра C++, запущенная сейчас, для сравнения; она повторяет механику .NET (токен версии ManualResetValueTaskSourceCore).</translation>
    </message>
    <message>
        <source>; Task&lt;Product&gt; hit: %1</source>
        <translation>; попадание Task&lt;Product&gt;: %1</translation>
    </message>
    <message>
        <source>the Task hit&apos;s %1 are avoided: a ValueTask hit allocates nothing.</source>
        <translation>%1 попадания Task не нужны: попадание ValueTask ничего не выделяет.</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; measurement</source>
        <translation>Замер Task&lt;bool&gt;</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; at 80 % hits: %1 per call, ValueTask&lt;bool&gt; %2 → %3 per Task hit</source>
        <translation>Task&lt;bool&gt; при 80 % попаданий: %1 на вызов, ValueTask&lt;bool&gt; %2 → %3 на попадание Task</translation>
    </message>
    <message>
        <source>derived from allocated bytes</source>
        <translation>выведено из выделенных байт</translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; completing synchronously allocates nothing: .NET returns a cached Task (true/false; also null, default values and small ints).</source>
        <translation>синхронно завершающийся Task&lt;bool&gt; ничего не выделяет: .NET возвращает кэшированный Task (true/false; также null, значения по умолчанию и малые int).</translation>
    </message>
    <message>
        <source>a Task&lt;bool&gt; hit allocates %1.</source>
        <translation>попадание Task&lt;bool&gt; выделяет %1.</translation>
    </message>
    <message>
        <source>Task hit allocations</source>
        <translation>Аллокации попадания Task</translation>
    </message>
    <message>
        <source>Task&lt;bool&gt; hit: %1 allocations</source>
        <translation>попадание Task&lt;bool&gt;: аллокаций %1</translation>
    </message>
    <message>
        <source>; Task&lt;%1-byte value&gt; hit: %2</source>
        <translation>; попадание Task&lt;%1-байтовое значение&gt;: %2</translation>
    </message>
    <message>
        <source>C++ core, this machine</source>
        <translation>Ядро C++, эта машина</translation>
    </message>
    <message>
        <source>the core&apos;s Task result cache does the same for bool.</source>
        <translation>кэш результатов Task в ядре делает то же для bool.</translation>
    </message>
    <message>
        <source>the core allocates for every Task.</source>
        <translation>ядро выделяет память для каждого Task.</translation>
    </message>
    <message>
        <source>; an async ValueTask method that suspends: %1 per call</source>
        <translation>; приостанавливающийся async-метод ValueTask: %1 на вызов</translation>
    </message>
    <message>
        <source>a value type: 0 B on a hit, the ValueTask lives where its holder lives. When the method suspends, its state machine (with every ValueTask it holds) moves into a %1 heap box.</source>
        <translation>значимый тип: 0 B при попадании, ValueTask живёт там же, где его владелец. Когда метод приостанавливается, его конечный автомат (со всеми ValueTask в нём) переезжает в бокс %1 в куче.</translation>
    </message>
    <message>
        <source>no heap allocation in either path.</source>
        <translation>нет аллокаций в куче ни на одном пути.</translation>
    </message>
    <message>
        <source>outcome for “pooling_builder”</source>
        <translation>исход для «pooling_builder»</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>the message is as quoted.</source>
        <translation>сообщение совпадает с цитатой.</translation>
    </message>
    <message>
        <source>the second await throws %1 with the generic “%2”; no .NET message says “already been consumed”.</source>
        <translation>второй await выбрасывает %1 с общим “%2”; ни одно сообщение .NET не говорит “already been consumed”.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the core names the misuse more specifically than .NET does, on purpose.</source>
        <translation>ядро называет ошибку точнее, чем .NET, — намеренно.</translation>
    </message>
    <message>
        <source>true for pooled sources: each unconsumed one stays leased and the pool runs dry; a ValueTask over a result or a Task holds nothing to leak.</source>
        <translation>верно для источников из пула: каждый непотреблённый остаётся арендованным, и пул исчерпывается; ValueTask над результатом или Task не держит ничего, что могло бы утечь.</translation>
    </message>
    <message>
        <source>nothing leaked.</source>
        <translation>утечки нет.</translation>
    </message>
    <message>
        <source>a ValueTask is single-use: what can be reused is the IValueTaskSource behind it, and that reuse is exactly why awaiting the same ValueTask again throws.</source>
        <translation>ValueTask одноразовый: переиспользовать можно IValueTaskSource за ним, и именно из-за этого повторный await того же ValueTask выбрасывает исключение.</translation>
    </message>
    <message>
        <source>the rule holds (CA2012): over a pooled source the second await throws; nothing enforces it, and over a result it returns the value again by accident.</source>
        <translation>правило верно (CA2012): над источником из пула второй await выбрасывает исключение; ничто его не навязывает, а над результатом он случайно снова возвращает значение.</translation>
    </message>
    <message>
        <source>the rule holds: breaking it fails.</source>
        <translation>правило верно: его нарушение ведёт к сбою.</translation>
    </message>
    <message>
        <source>copies share one source object and token, so a copy is never stale: over a result or a Task every copy gives the value; over a pooled source the second await fails because the shared source was reset, not because of a copy.</source>
        <translation>копии разделяют один объект-источник и токен, поэтому копия не устаревает: над результатом или Task каждая копия даёт значение; над источником из пула второй await падает из-за сброса общего источника, а не из-за копии.</translation>
    </message>
    <message>
        <source>with the seed&apos;s own FooAsync (default builder) the ValueTask wraps a Task, and both methods get 42; it fails only over a pooled source (PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Copying is not the cause.</source>
        <translation>с собственным FooAsync из seed (builder по умолчанию) ValueTask оборачивает Task, и оба метода получают 42; сбой только над источником из пула (PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Копирование ни при чём.</translation>
    </message>
    <message>
        <source>it blocks only over a Task (and can deadlock where a single-threaded context must run the continuation); over a pooled source it does not block at all, it throws InvalidOperationException.</source>
        <translation>блокирует только над Task (и может дать взаимоблокировку, если продолжение должен выполнить однопоточный контекст); над источником из пула не блокирует вовсе, а выбрасывает InvalidOperationException.</translation>
    </message>
    <message>
        <source>a Task hit costs %1 more than a ValueTask hit</source>
        <translation>попадание Task дороже попадания ValueTask на %1</translation>
    </message>
    <message>
        <source>%1–%2 ns</source>
        <translation>%1–%2 ns</translation>
    </message>
    <message>
        <source>in this benchmark a Task hit costs %1 more than a ValueTask hit: the Task object and awaiting it. The allocation takes memory from the thread&apos;s own allocation context (a GC runs only when gen0&apos;s budget is used up); no thread switch happens.</source>
        <translation>в этом бенчмарке попадание Task дороже попадания ValueTask на %1: объект Task и его ожидание. Аллокация берёт память из собственного контекста выделения потока (GC запускается, только когда исчерпан бюджет gen0); переключения потоков нет.</translation>
    </message>
    <message>
        <source>new/delete of a Task state: %1 per hit</source>
        <translation>new/delete состояния Task: %1 на попадание</translation>
    </message>
    <message>
        <source>malloc and free on this thread, no switch either.</source>
        <translation>malloc и free в этом потоке, тоже без переключения.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>расходится</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>для сравнения</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
    <message>
        <source>A Task&lt;T&gt; cache hit allocates a 32-byte Task object.</source>
        <translation>Кэш-попадание Task&lt;T&gt; выделяет 32-байтовый объект Task.</translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; cache hit allocates nothing.</source>
        <translation>Кэш-попадание ValueTask&lt;T&gt; ничего не выделяет.</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is 10× faster on cache hits (5 ns vs 50 ns).</source>
        <translation>ValueTask&lt;T&gt; в 10× быстрее при кэш-попаданиях (5 ns против 50 ns).</translation>
    </message>
    <message>
        <source>On a miss both allocate the same 32 bytes.</source>
        <translation>При промахе оба выделяют одни и те же 32 байта.</translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits: Task&lt;T&gt; 25 MB, ValueTask&lt;T&gt; 6 MB.</source>
        <translation>1 000 000 вызовов при 80 % попаданий: Task&lt;T&gt; 25 MB, ValueTask&lt;T&gt; 6 MB.</translation>
    </message>
    <message>
        <source>1,000,000 cached calls: Task&lt;T&gt; 30 MB, ValueTask&lt;T&gt; 0 MB.</source>
        <translation>1 000 000 кэшированных вызовов: Task&lt;T&gt; 30 MB, ValueTask&lt;T&gt; 0 MB.</translation>
    </message>
    <message>
        <source>1,000,000 calls at 80 % hits with Task&lt;T&gt;: 800,000 gen0, 100,000 gen1, 10,000 gen2 collections.</source>
        <translation>1 000 000 вызовов при 80 % попаданий с Task&lt;T&gt;: 800 000 сборок gen0, 100 000 gen1, 10 000 gen2.</translation>
    </message>
    <message>
        <source>… with ValueTask&lt;T&gt;: 200,000 gen0, 25,000 gen1, 2,500 gen2 collections.</source>
        <translation>… с ValueTask&lt;T&gt;: 200 000 сборок gen0, 25 000 gen1, 2 500 gen2.</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; cuts GC pressure by 75 %.</source>
        <translation>ValueTask&lt;T&gt; снижает нагрузку на GC на 75 %.</translation>
    </message>
    <message>
        <source>Awaiting twice throws “The ValueTask has already been consumed”.</source>
        <translation>Повторный await выбрасывает “The ValueTask has already been consumed”.</translation>
    </message>
    <message>
        <source>A ValueTask that is never awaited leaks a resource.</source>
        <translation>ValueTask, который не ожидали, вызывает утечку ресурса.</translation>
    </message>
    <message>
        <source>A ValueTask is reusable (a Task completes only once).</source>
        <translation>ValueTask можно переиспользовать (Task завершается лишь один раз).</translation>
    </message>
    <message>
        <source>ValueTask can avoid the heap allocation a Task makes, in some cases.</source>
        <translation>ValueTask в некоторых случаях избегает аллокации в куче, которую делает Task.</translation>
    </message>
    <message>
        <source>An async ValueTask&lt;int&gt; method that always awaits (Task.Delay) is more memory-efficient than Task&lt;int&gt;.</source>
        <translation>async-метод ValueTask&lt;int&gt;, который всегда ожидает (Task.Delay), экономнее по памяти, чем Task&lt;int&gt;.</translation>
    </message>
    <message>
        <source>ValueTask&lt;T&gt; is a struct: a value type, allocated on the stack.</source>
        <translation>ValueTask&lt;T&gt; — структура: значимый тип, выделяется на стеке.</translation>
    </message>
    <message>
        <source>Task&lt;T&gt; always creates an object on the heap.</source>
        <translation>Task&lt;T&gt; всегда создаёт объект в куче.</translation>
    </message>
    <message>
        <source>A ValueTask&lt;T&gt; must not be awaited a second time.</source>
        <translation>ValueTask&lt;T&gt; нельзя ожидать второй раз.</translation>
    </message>
    <message>
        <source>If the method completes synchronously, no task object is created on the heap.</source>
        <translation>Если метод завершается синхронно, объект задачи в куче не создаётся.</translation>
    </message>
    <message>
        <source>Each await works on its own copy of the struct, whose state may be stale.</source>
        <translation>Каждый await работает со своей копией структуры, состояние которой может устареть.</translation>
    </message>
    <message>
        <source>Allocating and freeing a Task costs context switches.</source>
        <translation>Выделение и освобождение Task стоят переключений контекста.</translation>
    </message>
    <message>
        <source>Passing one ValueTask from an async ValueTask method to two methods that await it fails at run time, because the struct is copied.</source>
        <translation>Передача одного ValueTask из async-метода ValueTask в два метода, ожидающих его, падает во время выполнения, потому что структура копируется.</translation>
    </message>
    <message>
        <source>.GetAwaiter().GetResult() before completion blocks and can deadlock.</source>
        <translation>.GetAwaiter().GetResult() до завершения блокирует и может дать взаимоблокировку.</translation>
    </message>
    <message>
        <source>Awaiting a ValueTask&lt;T&gt; that completed synchronously allocates nothing.</source>
        <translation>Ожидание синхронно завершённого ValueTask&lt;T&gt; ничего не выделяет.</translation>
    </message>
    <message>
        <source>A Task always allocates memory for the Task object, even when the result could be returned synchronously.</source>
        <translation>Task всегда выделяет память под объект Task, даже если результат можно вернуть синхронно.</translation>
    </message>
    <message>
        <source>A ValueTask can be returned without a heap allocation when the operation completes synchronously.</source>
        <translation>ValueTask можно вернуть без аллокации в куче, если операция завершается синхронно.</translation>
    </message>
    <message>
        <source>Real .NET — %1: %2</source>
        <translation>Настоящий .NET — %1: %2</translation>
    </message>
    <message>
        <source>C++ core (this machine) — %1: %2</source>
        <translation>Ядро C++ (эта машина) — %1: %2</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>урок — это объект JSON</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1</source>
        <translation>&apos;format&apos; должен быть 1</translation>
    </message>
    <message>
        <source>&apos;id&apos; may use a–z, 0–9 and &apos;-&apos; only</source>
        <translation>в &apos;id&apos; допустимы только a–z, 0–9 и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a non-empty array</source>
        <translation>&apos;steps&apos; должен быть непустым массивом</translation>
    </message>
    <message>
        <source>a step is an object</source>
        <translation>шаг — это объект</translation>
    </message>
    <message>
        <source>&apos;scenario&apos; must be an object of scenario keys</source>
        <translation>&apos;scenario&apos; должен быть объектом из ключей сценария</translation>
    </message>
    <message>
        <source>unknown scenario key &apos;%1&apos; (keys: %2)</source>
        <translation>неизвестный ключ сценария &apos;%1&apos; (ключи: %2)</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (views: %2)</source>
        <translation>неизвестный вид &apos;%1&apos; (виды: %2)</translation>
    </message>
    <message>
        <source>&apos;calls&apos; must be a whole number ≥ 1</source>
        <translation>&apos;calls&apos; должно быть целым числом ≥ 1</translation>
    </message>
    <message>
        <source>&apos;engine&apos; must be an action or {&quot;action&quot;, &quot;calls&quot;}</source>
        <translation>&apos;engine&apos; должно быть действием или {&quot;action&quot;, &quot;calls&quot;}</translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos; (actions: %2)</source>
        <translation>неизвестное действие движка &apos;%1&apos; (действия: %2)</translation>
    </message>
    <message>
        <source>the scenario cannot run: %1</source>
        <translation>сценарий не может выполниться: %1</translation>
    </message>
    <message>
        <source>&apos;calls&apos; goes with run (pause there) or step only</source>
        <translation>&apos;calls&apos; допустимо только с run (пауза там) или step</translation>
    </message>
    <message>
        <source>&apos;frame&apos; must be a whole number ≥ 0</source>
        <translation>&apos;frame&apos; должно быть целым числом ≥ 0</translation>
    </message>
    <message>
        <source>&apos;await_twice&apos; must be a case id, &quot;all&quot; or {&quot;case&quot;, &quot;frame&quot;}</source>
        <translation>&apos;await_twice&apos; должно быть id случая, &quot;all&quot; или {&quot;case&quot;, &quot;frame&quot;}</translation>
    </message>
    <message>
        <source>unknown await-twice case &apos;%1&apos; (cases: all, %2)</source>
        <translation>неизвестный случай await-twice &apos;%1&apos; (случаи: all, %2)</translation>
    </message>
    <message>
        <source>&apos;frame&apos; needs one case, not &quot;all&quot;</source>
        <translation>&apos;frame&apos; требует один случай, а не &quot;all&quot;</translation>
    </message>
    <message>
        <source>&apos;highlight&apos; needs a view (set &apos;view&apos; in this or an earlier step)</source>
        <translation>&apos;highlight&apos; требует вид (задайте &apos;view&apos; в этом или более раннем шаге)</translation>
    </message>
    <message>
        <source>view &apos;%1&apos; has no region &apos;%2&apos; (regions: %3)</source>
        <translation>у вида &apos;%1&apos; нет области &apos;%2&apos; (области: %3)</translation>
    </message>
    <message>
        <source>&apos;predict&apos; must be an object</source>
        <translation>&apos;predict&apos; должно быть объектом</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is asked twice</source>
        <translation>прогноз &apos;%1&apos; запрошен дважды</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list at least two choices</source>
        <translation>в &apos;choices&apos; должно быть не меньше двух вариантов</translation>
    </message>
    <message>
        <source>a choice is {&quot;id&quot;, &quot;text&quot;}</source>
        <translation>вариант — это {&quot;id&quot;, &quot;text&quot;}</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; appears twice</source>
        <translation>вариант &apos;%1&apos; встречается дважды</translation>
    </message>
    <message>
        <source>&apos;answer&apos; must say how the answer is computed: {&quot;fact&quot;: key} or {&quot;lowest&quot;|&quot;highest&quot;: field, &quot;among&quot;: [strategies]}</source>
        <translation>&apos;answer&apos; должен задавать способ вычисления ответа: {&quot;fact&quot;: key} или {&quot;lowest&quot;|&quot;highest&quot;: field, &quot;among&quot;: [strategies]}</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not an outcome (outcomes: %2)</source>
        <translation>вариант &apos;%1&apos; не является исходом (исходы: %2)</translation>
    </message>
    <message>
        <source>no choice is &apos;%1&apos;, what case %2 does</source>
        <translation>нет варианта &apos;%1&apos; — того, что делает случай %2</translation>
    </message>
    <message>
        <source>a fact answer must be an outcome (await_twice.&lt;case&gt;.outcome)</source>
        <translation>ответ-факт должен быть исходом (await_twice.&lt;case&gt;.outcome)</translation>
    </message>
    <message>
        <source>write &apos;lowest&apos; or &apos;highest&apos;, not both</source>
        <translation>пишите &apos;lowest&apos; или &apos;highest&apos;, не оба</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2)</source>
        <translation>неизвестное поле &apos;%1&apos; (поля: %2)</translation>
    </message>
    <message>
        <source>&apos;among&apos; must list two or more strategies</source>
        <translation>в &apos;among&apos; должно быть две или больше стратегий</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos; (strategies: %2)</source>
        <translation>неизвестная стратегия &apos;%1&apos; (стратегии: %2)</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not one of &apos;among&apos; (nor &quot;same&quot;)</source>
        <translation>вариант &apos;%1&apos; не входит в &apos;among&apos; (и не &quot;same&quot;)</translation>
    </message>
    <message>
        <source>no choice for &apos;%1&apos;</source>
        <translation>нет варианта для &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;answer&apos; needs &apos;fact&apos;, &apos;lowest&apos; or &apos;highest&apos;</source>
        <translation>&apos;answer&apos; требует &apos;fact&apos;, &apos;lowest&apos; или &apos;highest&apos;</translation>
    </message>
    <message>
        <source>no earlier step asks prediction &apos;%1&apos;</source>
        <translation>ни один предыдущий шаг не запрашивает прогноз &apos;%1&apos;</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is already revealed</source>
        <translation>прогноз &apos;%1&apos; уже раскрыт</translation>
    </message>
    <message>
        <source>nothing runs the engine between the question and this reveal, so there is no answer to show</source>
        <translation>между вопросом и этим раскрытием движок не запускается, поэтому показать нечего</translation>
    </message>
    <message>
        <source>nothing runs case %1 between the question and this reveal</source>
        <translation>между вопросом и этим раскрытием случай %1 не запускается</translation>
    </message>
    <message>
        <source>strategy &apos;%1&apos; is not in this step&apos;s scenario (strategies: %2)</source>
        <translation>стратегии &apos;%1&apos; нет в сценарии этого шага (стратегии: %2)</translation>
    </message>
    <message>
        <source>a step needs &apos;narration&apos; (or a &apos;predict&apos; question)</source>
        <translation>шагу нужно &apos;narration&apos; (или вопрос &apos;predict&apos;)</translation>
    </message>
    <message>
        <source>{%1}: no step so far runs the engine</source>
        <translation>{%1}: ни один шаг до сих пор не запускает движок</translation>
    </message>
    <message>
        <source>{%1}: no step so far runs case %2</source>
        <translation>{%1}: ни один шаг до сих пор не запускает случай %2</translation>
    </message>
    <message>
        <source>{%1}: no earlier step asks prediction &apos;%2&apos;</source>
        <translation>{%1}: ни один предыдущий шаг не запрашивает прогноз &apos;%2&apos;</translation>
    </message>
    <message>
        <source>{%1}: shown before prediction &apos;%2&apos; is revealed</source>
        <translation>{%1}: показано до раскрытия прогноза &apos;%2&apos;</translation>
    </message>
    <message>
        <source>prediction &apos;%1&apos; is never revealed</source>
        <translation>прогноз &apos;%1&apos; нигде не раскрывается</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>файл больше 1 MiB</translation>
    </message>
    <message>
        <source>Not measured yet: %1 (press “Measure the C++ core” or run `valuetask-lab claims`).</source>
        <translation>Ещё не измерено: %1 (нажмите «Измерить ядро C++» или запустите `valuetask-lab claims`).</translation>
    </message>
    <message>
        <source>%1 missing: the translation must keep every placeholder of the original</source>
        <translation>нет %1: перевод должен сохранить все подстановки оригинала</translation>
    </message>
    <message>
        <source>%1 not in the original: a translation shows the same figures</source>
        <translation>%1 нет в оригинале: перевод показывает те же цифры</translation>
    </message>
    <message>
        <source>a lesson translation is a JSON object</source>
        <translation>перевод урока — это объект JSON</translation>
    </message>
    <message>
        <source>&apos;id&apos; is &apos;%1&apos; but the original lesson is &apos;%2&apos;</source>
        <translation>&apos;id&apos; — &apos;%1&apos;, но исходный урок — &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;lang&apos; must be a two-letter language code such as &quot;ja&quot; or &quot;ru&quot;</source>
        <translation>&apos;lang&apos; должно быть двухбуквенным кодом языка, например &quot;ja&quot; или &quot;ru&quot;</translation>
    </message>
    <message>
        <source>&apos;lang&apos; is &apos;%1&apos; but the file is in the folder &apos;%2&apos;</source>
        <translation>&apos;lang&apos; — &apos;%1&apos;, но файл лежит в папке &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the original has no &apos;summary&apos;</source>
        <translation>в оригинале нет &apos;summary&apos;</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be an array with one entry per step of the original</source>
        <translation>&apos;steps&apos; должно быть массивом с одним элементом на каждый шаг оригинала</translation>
    </message>
    <message>
        <source>%1 steps, but the original has %2: translate every step, in the same order</source>
        <translation>шагов: %1, а в оригинале: %2; переведите каждый шаг в том же порядке</translation>
    </message>
    <message>
        <source>missing &apos;narration&apos; (the original step has one)</source>
        <translation>нет &apos;narration&apos; (в шаге оригинала есть)</translation>
    </message>
    <message>
        <source>&apos;narration&apos; must not be empty</source>
        <translation>&apos;narration&apos; не должно быть пустым</translation>
    </message>
    <message>
        <source>the original step has no &apos;narration&apos;</source>
        <translation>в шаге оригинала нет &apos;narration&apos;</translation>
    </message>
    <message>
        <source>the original step asks nothing: no &apos;predict&apos; here</source>
        <translation>шаг оригинала ничего не спрашивает: здесь не должно быть &apos;predict&apos;</translation>
    </message>
    <message>
        <source>missing &apos;predict&apos; (the original step asks &apos;%1&apos;)</source>
        <translation>нет &apos;predict&apos; (шаг оригинала запрашивает &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must list the original&apos;s choices</source>
        <translation>в &apos;choices&apos; должны быть варианты оригинала</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is not in the original (choices: %2)</source>
        <translation>варианта &apos;%1&apos; нет в оригинале (варианты: %2)</translation>
    </message>
    <message>
        <source>choice &apos;%1&apos; is missing: translate every choice</source>
        <translation>нет варианта &apos;%1&apos;: переведите каждый вариант</translation>
    </message>
    <message>
        <source>pooled ValueTasks never awaited</source>
        <translation>ValueTask из пула, которые не ожидали</translation>
    </message>
    <message>
        <source>second await, pooling builder</source>
        <translation>второй await, пулирующий builder</translation>
    </message>
    <message>
        <source>second await after the source was reused</source>
        <translation>второй await после переиспользования источника</translation>
    </message>
    <message>
        <source>over a result</source>
        <translation>над результатом</translation>
    </message>
    <message>
        <source>over a pooled box</source>
        <translation>над боксом из пула</translation>
    </message>
    <message>
        <source>copies over a result</source>
        <translation>копии над результатом</translation>
    </message>
    <message>
        <source>copies over a Task</source>
        <translation>копии над Task</translation>
    </message>
    <message>
        <source>default async ValueTask (wraps a Task), awaited twice</source>
        <translation>async ValueTask по умолчанию (оборачивает Task), await дважды</translation>
    </message>
    <message>
        <source>two concurrent awaits of a pooled source</source>
        <translation>два одновременных await источника из пула</translation>
    </message>
    <message>
        <source>over a Task</source>
        <translation>над Task</translation>
    </message>
    <message>
        <source>over a pooled source</source>
        <translation>над источником из пула</translation>
    </message>
    <message>
        <source>CPU time per hit (%3), empty loop subtracted: %1 vs %2, a ratio of %4. The difference is mostly new/delete of the Task state (malloc), which .NET&apos;s GC replaces with a bump-pointer allocation and a later collection; so this ratio neither confirms nor refutes a claim about .NET (and it varies from one process to the next with where malloc places the state).</source>
        <translation>Процессорное время на попадание (%3), за вычетом пустого цикла: %1 против %2, отношение %4. Разница — в основном new/delete состояния Task (malloc), которые GC в .NET заменяет выделением сдвигом указателя и последующей сборкой; поэтому это отношение не подтверждает и не опровергает утверждение о .NET (и оно меняется от процесса к процессу в зависимости от того, где malloc размещает состояние).</translation>
    </message>
</context>
<context>
    <name>vtl::models::Checker</name>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>повторяющийся ключ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>неизвестный ключ &apos;%1&apos; (допустимы: %2)</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>отсутствует &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lines must be strings</source>
        <translation>строки &apos;%1&apos; должны быть строками</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; должно быть непустой строкой</translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimRunner</name>
    <message>
        <source>C++ core, this machine: engine run at %1 hits</source>
        <translation>Ядро C++, эта машина: прогон движка при %1 попаданий</translation>
    </message>
    <message>
        <source>engine run %1 of %2: hit rate %3, %4 calls</source>
        <translation>прогон движка %1 из %2: доля попаданий %3, %4 вызовов</translation>
    </message>
    <message>
        <source>hit costs: warm-up, paired batches, medians</source>
        <translation>стоимость попаданий: прогрев, парные пакеты, медианы</translation>
    </message>
    <message>
        <source>Cannot run the claims: %1</source>
        <translation>Не удаётся проверить утверждения: %1</translation>
    </message>
    <message>
        <source>Measuring the claims: engine run %1 of %2 (hit rate %3, %4 calls)…</source>
        <translation>Измерение утверждений: прогон движка %1 из %2 (доля попаданий %3, %4 вызовов)…</translation>
    </message>
    <message>
        <source>Measuring the claims: hit costs (warm-up, paired batches, medians)…</source>
        <translation>Измерение утверждений: стоимость попаданий (прогрев, парные пакеты, медианы)…</translation>
    </message>
    <message>
        <source>Claims measured on this machine.</source>
        <translation>Утверждения измерены на этой машине.</translation>
    </message>
    <message>
        <source>Claims run stopped: %1</source>
        <translation>Проверка утверждений остановлена: %1</translation>
    </message>
</context>
<context>
    <name>vtl::models::ClaimsModel</name>
    <message>
        <source>seed %1 (%2)</source>
        <translation>seed %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Seed file: %1 (%2)
Quote: %3</source>
        <translation>Файл seed: %1 (%2)
Цитата: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Real .NET:</source>
        <translation>Настоящий .NET:</translation>
    </message>
    <message>
        <source>C++ core:</source>
        <translation>Ядро C++:</translation>
    </message>
    <message>
        <source>Seed claim</source>
        <translation>Утверждение из seed</translation>
    </message>
    <message>
        <source>Real .NET</source>
        <translation>Настоящий .NET</translation>
    </message>
    <message>
        <source>C++ core
(this machine)</source>
        <translation>Ядро C++
(эта машина)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
</context>
<context>
    <name>vtl::models::DotnetReference</name>
    <message>
        <source>run on this machine</source>
        <translation>прогон на этой машине</translation>
    </message>
    <message>
        <source>shipped reference, measured on the development machine</source>
        <translation>поставляемый эталон, измерен на машине разработки</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>vtl::models::LessonFacts</name>
    <message>
        <source>∞ (the other is 0)</source>
        <translation>∞ (другое равно 0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact: write {source.field}, e.g. {task.allocs_per_op}</source>
        <translation>&apos;%1&apos; — не факт: пишите {source.field}, например {task.allocs_per_op}</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a strategy&apos;s fields are %2</source>
        <translation>&apos;%1&apos;: поля стратегии — %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write ratio.&lt;field&gt;.&lt;strategy&gt;.&lt;other strategy&gt;</source>
        <translation>&apos;%1&apos;: пишите ratio.&lt;field&gt;.&lt;strategy&gt;.&lt;other strategy&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write %2.&lt;case id&gt;.&lt;field&gt; with a case id of the lab</source>
        <translation>&apos;%1&apos;: пишите %2.&lt;case id&gt;.&lt;field&gt; с id случая лаборатории</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the fields are %2</source>
        <translation>&apos;%1&apos;: поля — %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write dotnet.&lt;section&gt;.&lt;name&gt;.&lt;column&gt;, column one of %2</source>
        <translation>&apos;%1&apos;: пишите dotnet.&lt;section&gt;.&lt;name&gt;.&lt;column&gt;, column — одно из %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write claim.&lt;id&gt;.quote|claim|seed</source>
        <translation>&apos;%1&apos;: пишите claim.&lt;id&gt;.quote|claim|seed</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no seed claim has the id &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: нет утверждения из seed с id &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: not a scenario key</source>
        <translation>&apos;%1&apos;: не ключ сценария</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write prediction.&lt;id&gt;.chosen|answer|verdict</source>
        <translation>&apos;%1&apos;: пишите prediction.&lt;id&gt;.chosen|answer|verdict</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown source &apos;%2&apos; (strategies, ratio, await_twice, dotnet, dotnet_outcome, claim, scenario, prediction)</source>
        <translation>&apos;%1&apos;: неизвестный источник &apos;%2&apos; (strategies, ratio, await_twice, dotnet, dotnet_outcome, claim, scenario, prediction)</translation>
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
        <translation>прогноз не сделан</translation>
    </message>
    <message>
        <source>the prediction was right</source>
        <translation>прогноз верен</translation>
    </message>
    <message>
        <source>the prediction was not right</source>
        <translation>прогноз неверен</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
</context>
<context>
    <name>vtl::models::ScenarioKeyText</name>
    <message>
        <source>1–5 distinct of task, valuetask, valuetask_coroutine, pooled, pooled_unbounded</source>
        <translation>1–5 разных из task, valuetask, valuetask_coroutine, pooled, pooled_unbounded</translation>
    </message>
    <message>
        <source>How many service calls each strategy makes.</source>
        <translation>Сколько вызовов сервиса делает каждая стратегия.</translation>
    </message>
    <message>
        <source>operations per strategy</source>
        <translation>операций на стратегию</translation>
    </message>
    <message>
        <source>Share of calls answered from the cache: those complete synchronously.</source>
        <translation>Доля вызовов, на которые отвечает кэш: они завершаются синхронно.</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>Mean simulated backend latency of a cache miss: the time the asynchronous path waits.</source>
        <translation>Средняя имитируемая задержка бэкенда при кэш-промахе: время ожидания асинхронного пути.</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Whether every miss waits exactly the mean latency or an exponentially distributed time with that mean.</source>
        <translation>Ждёт ли каждый промах ровно среднюю задержку или экспоненциально распределённое время с этим средним.</translation>
    </message>
    <message>
        <source>How many callers run at once; while some wait for the backend, others proceed.</source>
        <translation>Сколько вызывающих работает одновременно; пока одни ждут бэкенд, другие продолжают.</translation>
    </message>
    <message>
        <source>callers in flight</source>
        <translation>одновременных вызывающих</translation>
    </message>
    <message>
        <source>Size of the cached value; above 16 bytes every copy of it needs the heap, and 0 means a bool result.</source>
        <translation>Размер кэшированного значения; свыше 16 байт каждой его копии нужна куча, а 0 означает результат bool.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <source>Share of calls that await their ValueTask a second time (the misuse the lab shows).</source>
        <translation>Доля вызовов, делающих второй await своего ValueTask (ошибка, которую показывает лаборатория).</translation>
    </message>
    <message>
        <source>What-if, not .NET: pooled_unbounded&apos;s sources ignore their 16-bit token, as a hand-written IValueTaskSource could (.NET&apos;s ManualResetValueTaskSourceCore always checks it); a stale await then silently reads another operation&apos;s result.</source>
        <translation>Гипотетически, не .NET: источники pooled_unbounded игнорируют свой 16-битный токен, как мог бы самописный IValueTaskSource (ManualResetValueTaskSourceCore в .NET всегда его проверяет); тогда устаревший await молча читает результат другой операции.</translation>
    </message>
    <message>
        <source>Whether Task completes results from cached instances without allocating, as .NET 10&apos;s Task.FromResult does for null, both bools, int -1..8 and every all-zero value of 1, 2, 4, 8 or 16 bytes (a 0-byte payload is a bool).</source>
        <translation>Берёт ли Task результаты из кэшированных экземпляров без аллокаций, как Task.FromResult в .NET 10 для null, обоих bool, int -1..8 и любого полностью нулевого значения размером 1, 2, 4, 8 или 16 байт (0-байтовые данные — это bool).</translation>
    </message>
    <message>
        <source>Seed of the pseudo-random sequence of hits, misses and latencies; same seed, same workload.</source>
        <translation>Seed псевдослучайной последовательности попаданий, промахов и задержек; тот же seed — та же нагрузка.</translation>
    </message>
    <message>
        <source>skip_idle jumps over idle waits so long runs finish in seconds; real actually sleeps (slow-motion demos).</source>
        <translation>skip_idle пропускает простои, и долгие прогоны занимают секунды; real действительно спит (для замедленных демонстраций).</translation>
    </message>
    <message>
        <source>GC model: bytes allocated between two modelled gen0 collections (default: .NET&apos;s workstation gen0 budget for this machine: 5/8 of max(4/5 of the largest cache, 256 KiB), at least 6 MiB as max; 160 KiB when the cache size is unknown).</source>
        <translation>Модель GC: сколько байт выделяется между двумя моделируемыми сборками gen0 (по умолчанию — бюджет gen0 workstation GC в .NET для этой машины: 5/8 от max(4/5 наибольшего кэша, 256 KiB), с потолком не ниже 6 MiB; 160 KiB, если размер кэша неизвестен).</translation>
    </message>
    <message>
        <source>Allowed: %1%2</source>
        <translation>Допустимо: %1%2</translation>
    </message>
    <message>
        <source>Which implementations of the same cached service to run, one after another, over the same sequence of calls. task: a hit allocates one completed Task object, only a miss runs a coroutine (heap frame). pooled: .NET&apos;s pooling builder: a miss takes a cached box (one per thread, one per core) or allocates one; a box returns when its result is read, so callers that await each call reuse boxes. pooled_unbounded: not .NET, a hand-written unbounded pool.</source>
        <translation>Какие реализации одного и того же кэширующего сервиса запускать, одну за другой, на одной и той же последовательности вызовов. task: попадание выделяет один завершённый объект Task, корутину запускает только промах (кадр в куче). pooled: пулирующий builder .NET: промах берёт бокс из кэша (один на поток, один на ядро) или выделяет новый; бокс возвращается, когда прочитан его результат, поэтому вызывающие, которые дожидаются каждого вызова, переиспользуют боксы. pooled_unbounded: не .NET, написанный вручную неограниченный пул.</translation>
    </message>
</context>
<context>
    <name>vtl::models::UnitFormat</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>vtl::widgets</name>
    <message>
        <source>run-clock time since start</source>
        <translation>время часов прогона с начала</translation>
    </message>
    <message>
        <source>Run clock: time as the workload sees it. With the skip-idle clock, waits for the simulated backend are skipped, so a run-clock second can pass in microseconds of real time; CPU work is timed for real.</source>
        <translation>Часы прогона: время с точки зрения нагрузки. С часами, пропускающими простой, ожидания имитируемого бэкенда пропускаются, так что секунда часов прогона может пройти за микросекунды реального времени; работа CPU замеряется по-настоящему.</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AllocationPlot</name>
    <message>
        <source>Heap allocations over time</source>
        <translation>Аллокации в куче во времени</translation>
    </message>
    <message>
        <source>Top: heap allocations per call in each interval. Bottom: bytes allocated per run-clock second.</source>
        <translation>Вверху: аллокаций в куче на вызов в каждом интервале. Внизу: байт выделено за секунду часов прогона.</translation>
    </message>
    <message>
        <source>allocations
per call</source>
        <translation>аллокаций
на вызов</translation>
    </message>
    <message>
        <source>bytes per
run-clock s</source>
        <translation>байт за
с часов прогона</translation>
    </message>
    <message>
        <source>Press Run to count
heap allocations</source>
        <translation>Нажмите «Запуск», чтобы
посчитать аллокации в куче</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLane</name>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Run this case in the core now and show what the second await did.</source>
        <translation>Запустить этот случай в ядре сейчас и показать, что сделал второй await.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Run this case in the core now and walk through it one moment at a time.</source>
        <translation>Запустить этот случай в ядре и пройти его по одному моменту.</translation>
    </message>
    <message>
        <source>Step 4/4</source>
        <translation>Шаг 4/4</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>Шаг %1/%2</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceLaneView</name>
    <message>
        <source>holds its result</source>
        <translation>хранит результат</translation>
    </message>
    <message>
        <source>wraps a Task&lt;int&gt;</source>
        <translation>оборачивает Task&lt;int&gt;</translation>
    </message>
    <message>
        <source>source · token %1</source>
        <translation>источник · токен %1</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>нет источника</translation>
    </message>
    <message>
        <source>Task&lt;int&gt;</source>
        <translation>Task&lt;int&gt;</translation>
    </message>
    <message>
        <source>source · slot %1</source>
        <translation>источник · слот %1</translation>
    </message>
    <message>
        <source>box #%1</source>
        <translation>бокс #%1</translation>
    </message>
    <message>
        <source>what-if source</source>
        <translation>гипотетический источник</translation>
    </message>
    <message>
        <source>leased</source>
        <translation>арендован</translation>
    </message>
    <message>
        <source>in the pool</source>
        <translation>в пуле</translation>
    </message>
    <message>
        <source>in the cache</source>
        <translation>в кэше</translation>
    </message>
    <message>
        <source>WHAT-IF, not .NET</source>
        <translation>ГИПОТЕТИЧЕСКИ, не .NET</translation>
    </message>
    <message>
        <source>Not run yet — Run shows the outcome, Step walks through it.</source>
        <translation>Ещё не запущено — «Запуск» покажет итог, «Шаг» проведёт по шагам.</translation>
    </message>
    <message>
        <source>ValueTask</source>
        <translation>ValueTask</translation>
    </message>
    <message>
        <source>token not checked!</source>
        <translation>токен не проверен!</translation>
    </message>
    <message>
        <source>stale: version is %1</source>
        <translation>устарел: версия %1</translation>
    </message>
    <message>
        <source>token matches another operation!</source>
        <translation>токен совпадает с другой операцией!</translation>
    </message>
    <message>
        <source>never awaited</source>
        <translation>не ожидался</translation>
    </message>
    <message>
        <source>version %1 · rented %2×</source>
        <translation>версия %1 · арендован %2×</translation>
    </message>
    <message>
        <source>completed: %1</source>
        <translation>завершён: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>completes once and keeps its result for every awaiter</source>
        <translation>завершается один раз и хранит результат для каждого ожидающего</translation>
    </message>
    <message>
        <source>the value is inside the ValueTask</source>
        <translation>значение внутри ValueTask</translation>
    </message>
    <message>
        <source>the pool</source>
        <translation>пул</translation>
    </message>
    <message>
        <source>operation B</source>
        <translation>операция B</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>токен %1</translation>
    </message>
    <message>
        <source>completed with %1, not yet read</source>
        <translation>завершён с %1, ещё не прочитан</translation>
    </message>
    <message>
        <source>%1 leased · %2 free</source>
        <translation>%1 арендовано · %2 свободно</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>ёмкость %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>what it did</source>
        <translation>что он сделал</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::AwaitTwiceTab</name>
    <message>
        <source>ValueTask pitfalls: each lane runs the real C++ core when you press Run or Step</source>
        <translation>Ловушки ValueTask: каждая дорожка запускает настоящее ядро C++ по «Запуск» или «Шаг»</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Запустить все</translation>
    </message>
    <message>
        <source>Run every case in the core now.</source>
        <translation>Запустить все случаи в ядре сейчас.</translation>
    </message>
    <message>
        <source>same value, by accident</source>
        <translation>то же значение, случайно</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>&lt;b&gt;wrong value&lt;/b&gt;, silently</source>
        <translation>&lt;b&gt;неверное значение&lt;/b&gt;, молча</translation>
    </message>
    <message>
        <source>works (the correct way)</source>
        <translation>работает (правильный способ)</translation>
    </message>
    <message>
        <source>blocked the thread</source>
        <translation>поток заблокирован</translation>
    </message>
    <message>
        <source>source leaked: pool ran dry</source>
        <translation>утечка источника: пул исчерпан</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ClaimsTab</name>
    <message>
        <source>The seed texts&apos; claims, judged by real .NET (they are about .NET); the C++ core&apos;s figure stands beside it. Select a claim to read its quote, every sentence and where each figure comes from; all are computed from the figures.</source>
        <translation>Утверждения из текстов seed, оценённые по настоящему .NET (они о .NET); рядом — цифра ядра C++. Выберите утверждение, чтобы прочитать цитату, каждое предложение и откуда взята каждая цифра; всё вычислено из цифр.</translation>
    </message>
    <message>
        <source>Measure the C++ core</source>
        <translation>Измерить ядро C++</translation>
    </message>
    <message>
        <source>Runs the claims&apos; conditions in the C++ core with a 16-byte value: 1,000,000 calls at 100 % hits, 100,000 at 0 %, 1,000,000 at 80 %, then times a hit of each strategy (warm-up, paired batches against an empty loop, medians with 95 % intervals).</source>
        <translation>Выполняет условия утверждений в ядре C++ с 16-байтовым значением: 1 000 000 вызовов при 100 % попаданий, 100 000 при 0 %, 1 000 000 при 80 %, затем замеряет попадание каждой стратегии (прогрев, парные пакеты против пустого цикла, медианы с 95 % интервалами).</translation>
    </message>
    <message>
        <source>C++ core not measured yet: the real .NET column is filled from the reference.</source>
        <translation>Ядро C++ ещё не измерено: столбец настоящего .NET заполнен из эталона.</translation>
    </message>
    <message>
        <source>Real .NET figures: %1 (%2).</source>
        <translation>Цифры настоящего .NET: %1 (%2).</translation>
    </message>
    <message>
        <source>Real .NET figures: none found (no fresh run in %1 and no shipped reference). Run `valuetask-lab dotnet` with the .NET SDK installed.</source>
        <translation>Цифры настоящего .NET: не найдены (нет свежего прогона в %1 и нет поставляемого эталона). Запустите `valuetask-lab dotnet` с установленным .NET SDK.</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Не читается: %1</translation>
    </message>
    <message>
        <source>C++ core, this machine: the current run</source>
        <translation>Ядро C++, эта машина: текущий прогон</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::CodePane</name>
    <message>
        <source>C++ — the core&apos;s code, running now:</source>
        <translation>C++ — код ядра, выполняется сейчас:</translation>
    </message>
    <message>
        <source>C# — what it mirrors:</source>
        <translation>C# — что он отражает:</translation>
    </message>
    <message>
        <source>(listing %1 is missing from the resources)</source>
        <translation>(листинг %1 отсутствует в ресурсах)</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcFormulasDialog</name>
    <message>
        <source>GC model: formulas and parameters</source>
        <translation>Модель GC: формулы и параметры</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GC plot shows a &lt;b&gt;model&lt;/b&gt; — what a .NET generational GC would roughly do with the allocations this run measured. No garbage collector runs here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;График GC показывает &lt;b&gt;модель&lt;/b&gt; — что примерно сделал бы поколенческий GC .NET с аллокациями, измеренными в этом прогоне. Сборщик мусора здесь не работает.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::GcModelPlot</name>
    <message>
        <source>GC model (not a real GC)</source>
        <translation>Модель GC (не настоящий GC)</translation>
    </message>
    <message>
        <source>A model of what a .NET generational GC would do with the measured allocations: collections so far per generation, and the live heap.</source>
        <translation>Модель того, что поколенческий GC .NET сделал бы с измеренными аллокациями: сборки по поколениям на данный момент и живая куча.</translation>
    </message>
    <message>
        <source>collections
(model)</source>
        <translation>сборки
(модель)</translation>
    </message>
    <message>
        <source>live heap</source>
        <translation>живая куча</translation>
    </message>
    <message>
        <source>gen%1</source>
        <translation>gen%1</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Формулы</translation>
    </message>
    <message>
        <source>Show the GC model&apos;s formulas and the parameters of this run.</source>
        <translation>Показать формулы модели GC и параметры этого прогона.</translation>
    </message>
    <message>
        <source>Press Run to model
GC collections</source>
        <translation>Нажмите «Запуск», чтобы
смоделировать сборки GC</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::HeapStrip</name>
    <message>
        <source>unknown until the first event</source>
        <translation>неизвестно до первого события</translation>
    </message>
    <message>
        <source>%1 of %2 allocated since the last collection · %3 collections seen
a model of a gen0 budget, not a real GC</source>
        <translation>%1 из %2 выделено с последней сборки · сборок видно: %3
модель бюджета gen0, не настоящий GC</translation>
    </message>
    <message>
        <source>GC MODEL — gen0 budget</source>
        <translation>МОДЕЛЬ GC — бюджет gen0</translation>
    </message>
    <message>
        <source>1 block · %1</source>
        <translation>1 блок · %1</translation>
    </message>
    <message>
        <source>%1 blocks · %2</source>
        <translation>блоков: %1 · %2</translation>
    </message>
    <message>
        <source>%1 · width ∝ bytes</source>
        <translation>%1 · ширина ∝ байтам</translation>
    </message>
    <message>
        <source>HEAP — live blocks of the animated calls</source>
        <translation>КУЧА — живые блоки анимированных вызовов</translation>
    </message>
    <message>
        <source>HEAP</source>
        <translation>КУЧА</translation>
    </message>
    <message>
        <source>GC MODEL</source>
        <translation>МОДЕЛЬ GC</translation>
    </message>
    <message>
        <source>empty — nothing the animated calls made is on the heap</source>
        <translation>пусто — ничего из созданного анимированными вызовами нет в куче</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ещё +%1</translation>
    </message>
    <message>
        <source>%1 collection!</source>
        <translation>Сборка %1!</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LabPlot</name>
    <message>
        <source>Save plot as PNG…</source>
        <translation>Сохранить график как PNG…</translation>
    </message>
    <message>
        <source>Save plot as PDF…</source>
        <translation>Сохранить график как PDF…</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyHistogramPlot</name>
    <message>
        <source>Latency histogram</source>
        <translation>Гистограмма задержек</translation>
    </message>
    <message>
        <source>Share of each strategy&apos;s calls per latency bin; bins are log-spaced, 10 per decade. Right-click for a logarithmic y axis that shows rare tails.</source>
        <translation>Доля вызовов каждой стратегии по интервалам задержки; интервалы логарифмические, 10 на декаду. Правый щелчок — логарифмическая ось y для редких хвостов.</translation>
    </message>
    <message>
        <source>latency per call (log, 10 bins/decade)</source>
        <translation>задержка на вызов (лог., 10 интервалов/декаду)</translation>
    </message>
    <message>
        <source>share of calls</source>
        <translation>доля вызовов</translation>
    </message>
    <message>
        <source>Logarithmic y axis (shows rare tails)</source>
        <translation>Логарифмическая ось y (показывает редкие хвосты)</translation>
    </message>
    <message>
        <source>Press Run to measure
the latency distribution</source>
        <translation>Нажмите «Запуск», чтобы
измерить распределение задержек</translation>
    </message>
    <message>
        <source>share of calls (log)</source>
        <translation>доля вызовов (лог.)</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::LatencyPercentilePlot</name>
    <message>
        <source>Latency by percentile (HDR)</source>
        <translation>Задержка по перцентилям (HDR)</translation>
    </message>
    <message>
        <source>Latency of each call from issue to result, by percentile. The x axis stretches the tail: 90 %, 99 %, 99.9 % … are equally spaced.</source>
        <translation>Задержка каждого вызова от выдачи до результата по перцентилям. Ось x растягивает хвост: 90 %, 99 %, 99,9 % … расположены равномерно.</translation>
    </message>
    <message>
        <source>percentile (spacing: 1/(1 − p), log)</source>
        <translation>перцентиль (шаг: 1/(1 − p), лог.)</translation>
    </message>
    <message>
        <source>latency per call (log)</source>
        <translation>задержка на вызов (лог.)</translation>
    </message>
    <message>
        <source>Press Run to measure
latency by percentile</source>
        <translation>Нажмите «Запуск», чтобы
измерить задержку по перцентилям</translation>
    </message>
    <message>
        <source>hit rate %1:
hits to the left,
misses to the right</source>
        <translation>доля попаданий %1:
попадания слева,
промахи справа</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathDiagram</name>
    <message>
        <source>Task / frame on the heap</source>
        <translation>Task / фрейм в куче</translation>
    </message>
    <message>
        <source>caller suspended</source>
        <translation>вызывающий приостановлен</translation>
    </message>
    <message>
        <source>STACK</source>
        <translation>СТЕК</translation>
    </message>
    <message>
        <source>HEAP + BACKEND</source>
        <translation>КУЧА + БЭКЕНД</translation>
    </message>
    <message>
        <source>asynchronous: where a miss goes</source>
        <translation>асинхронно: куда идёт промах</translation>
    </message>
    <message>
        <source>caller</source>
        <translation>вызывающий</translation>
    </message>
    <message>
        <source>co_await op</source>
        <translation>co_await op</translation>
    </message>
    <message>
        <source>service method</source>
        <translation>метод сервиса</translation>
    </message>
    <message>
        <source>get(spec)</source>
        <translation>get(spec)</translation>
    </message>
    <message>
        <source>in the cache?</source>
        <translation>в кэше?</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>попадание</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>промах</translation>
    </message>
    <message>
        <source>returns at once</source>
        <translation>возврат сразу</translation>
    </message>
    <message>
        <source>waiting for the backend</source>
        <translation>ожидание бэкенда</translation>
    </message>
    <message>
        <source>backend done</source>
        <translation>бэкенд готов</translation>
    </message>
    <message>
        <source>result set</source>
        <translation>результат установлен</translation>
    </message>
    <message>
        <source>result set · %1</source>
        <translation>результат установлен · %1</translation>
    </message>
    <message>
        <source>continuation resumes the caller</source>
        <translation>продолжение возобновляет вызывающего</translation>
    </message>
    <message>
        <source>+%1 heap</source>
        <translation>+%1 в куче</translation>
    </message>
    <message>
        <source>Waiting for traced calls.</source>
        <translation>Ожидание трассируемых вызовов.</translation>
    </message>
    <message>
        <source>waited %1 (run clock)</source>
        <translation>ждал %1 (часы прогона)</translation>
    </message>
    <message>
        <source>synchronous: a hit returns without suspending; what it allocates is still on the heap</source>
        <translation>синхронно: попадание возвращается без приостановки; выделенное им всё равно в куче</translation>
    </message>
    <message>
        <source>a Task&lt;T&gt; on the heap: a new one, or one of the cached Tasks</source>
        <translation>Task&lt;T&gt; в куче: новый или один из кэшированных Task</translation>
    </message>
    <message>
        <source>no heap object: the ValueTask struct holds the value, in the caller&apos;s frame (its heap box if it suspended before)</source>
        <translation>нет объекта в куче: структура ValueTask хранит значение во фрейме вызывающего (в его боксе в куче, если он приостанавливался)</translation>
    </message>
    <message>
        <source>a ValueTask, but its coroutine frame is already on the heap</source>
        <translation>ValueTask, но его фрейм корутины уже в куче</translation>
    </message>
    <message>
        <source>the Task&apos;s coroutine frame</source>
        <translation>фрейм корутины Task</translation>
    </message>
    <message>
        <source>ValueTask wraps a new Task (its frame)</source>
        <translation>ValueTask оборачивает новый Task (его фрейм)</translation>
    </message>
    <message>
        <source>the coroutine frame, allocated at entry</source>
        <translation>фрейм корутины, выделенный при входе</translation>
    </message>
    <message>
        <source>a cached box (1 per thread, 1 per core), else a new one</source>
        <translation>кэшированный бокс (1 на поток, 1 на ядро), иначе новый</translation>
    </message>
    <message>
        <source>pooled frame + pooled source: reused, not new</source>
        <translation>фрейм из пула + источник из пула: переиспользуются</translation>
    </message>
    <message>
        <source>Waiting for traced calls — start a run to see them move.</source>
        <translation>Ожидание трассируемых вызовов — запустите прогон, чтобы увидеть их движение.</translation>
    </message>
    <message>
        <source>the caller calls the service method</source>
        <translation>вызывающий вызывает метод сервиса</translation>
    </message>
    <message>
        <source>cache hit → synchronous path, the result returns at once</source>
        <translation>кэш-попадание → синхронный путь, результат сразу</translation>
    </message>
    <message>
        <source>cache miss → asynchronous path through the heap and the backend</source>
        <translation>кэш-промах → асинхронный путь через кучу и бэкенд</translation>
    </message>
    <message>
        <source>heap allocation of %1</source>
        <translation>аллокация в куче: %1</translation>
    </message>
    <message>
        <source>a heap block is freed</source>
        <translation>блок в куче освобождён</translation>
    </message>
    <message>
        <source>the caller is suspended while the backend works</source>
        <translation>вызывающий приостановлен, пока работает бэкенд</translation>
    </message>
    <message>
        <source>the backend answered after %1 (run clock)</source>
        <translation>бэкенд ответил через %1 (часы прогона)</translation>
    </message>
    <message>
        <source>the backend answered: result set</source>
        <translation>бэкенд ответил: результат установлен</translation>
    </message>
    <message>
        <source>the continuation resumes the caller</source>
        <translation>продолжение возобновляет вызывающего</translation>
    </message>
    <message>
        <source>the caller has the value, %1 after the call</source>
        <translation>вызывающий получил значение через %1 после вызова</translation>
    </message>
    <message>
        <source>the caller has the value</source>
        <translation>вызывающий получил значение</translation>
    </message>
    <message>
        <source>awaited a second time: %1</source>
        <translation>повторный await: %1</translation>
    </message>
    <message>
        <source>call #%1 · %2 — %3</source>
        <translation>вызов #%1 · %2 — %3</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::PathsTab</name>
    <message>
        <source>Pace:</source>
        <translation>Темп:</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>Замедленно</translation>
    </message>
    <message>
        <source>The engine issues only a few calls per second, on the real clock, and every one is shown: a miss really waits its backend latency. Between calls the run clock stands still, so the measurements stay honest. A run started in slow motion runs only the strategy chosen next to it, for at most %1 calls.</source>
        <translation>Движок выдаёт лишь несколько вызовов в секунду по реальным часам, и каждый показан: промах действительно ждёт задержку бэкенда. Между вызовами часы прогона стоят, поэтому измерения остаются честными. Прогон, начатый в замедленном режиме, выполняет только выбранную рядом стратегию, не более %1 вызовов.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычно</translation>
    </message>
    <message>
        <source>The engine runs at full speed; one call in N is traced and shown, N chosen from the measured rate.</source>
        <translation>Движок работает на полной скорости; трассируется и показывается один вызов из N, N выбирается по измеренной частоте.</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>По шагам</translation>
    </message>
    <message>
        <source>The engine is paused. &quot;Next call&quot; lets exactly one more call run; the event buttons walk through its events.</source>
        <translation>Движок на паузе. «Следующий вызов» выполняет ровно один вызов; кнопки событий проходят по его событиям.</translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation> вызовов/s</translation>
    </message>
    <message>
        <source>Slow-motion speed: calls the engine issues per second.</source>
        <translation>Замедленная скорость: вызовов движка в секунду.</translation>
    </message>
    <message>
        <source>The one strategy a slow-motion run shows.</source>
        <translation>Единственная стратегия, которую показывает замедленный прогон.</translation>
    </message>
    <message>
        <source>The same as the toolbar&apos;s Pause/Resume (F6): pauses or resumes the run and the animation together; from recorded events, returns to the live view.</source>
        <translation>То же, что «Пауза/Продолжить» на панели (F6): приостанавливает или продолжает прогон вместе с анимацией; из записанных событий возвращает к живому виду.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Step back one event through what was recorded.</source>
        <translation>На одно событие назад по записанному.</translation>
    </message>
    <message>
        <source>Step forward one event; past the last one, let one more call run.</source>
        <translation>На одно событие вперёд; после последнего — выполнить ещё один вызов.</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий вызов</translation>
    </message>
    <message>
        <source>Let the paused engine run exactly one more call, and show it.</source>
        <translation>Выполнить на приостановленном движке ровно один вызов и показать его.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stepping through recorded events: event %1 of %2. Resume returns to the live view.</source>
        <translation>Проход по записанным событиям: событие %1 из %2. «Продолжить» возвращает к живому виду.</translation>
    </message>
    <message>
        <source>Slow motion: this run, with all its strategies, now issues %1 calls per second. For a short run of %2 alone, press Reset, then Run.</source>
        <translation>Замедленно: этот прогон со всеми стратегиями теперь выдаёт %1 вызовов в секунду. Для короткого прогона только %2 нажмите «Сброс», затем «Запуск».</translation>
    </message>
    <message>
        <source>Slow motion: %1 only, one call at a time, at most %2 calls, %3 per second on the real clock; every call shown, and between calls the run clock stands still.</source>
        <translation>Замедленно: только %1, по одному вызову, не более %2 вызовов, %3 в секунду по реальным часам; показан каждый вызов, а между вызовами часы прогона стоят.</translation>
    </message>
    <message>
        <source>Normal speed: showing every call</source>
        <translation>Обычная скорость: показан каждый вызов</translation>
    </message>
    <message>
        <source>Normal speed: showing 1 in %1 calls</source>
        <translation>Обычная скорость: показан 1 из %1 вызовов</translation>
    </message>
    <message>
        <source> (engine: %1 calls/s)</source>
        <translation> (движок: %1 вызовов/s)</translation>
    </message>
    <message>
        <source>; %1 more traced calls were fast-forwarded to keep up</source>
        <translation>; ещё %1 трассируемых вызовов пропущено, чтобы успевать</translation>
    </message>
    <message>
        <source>Single step: the engine is paused. &quot;Next call&quot; runs exactly one more call; the Event buttons walk through its events, back and forth.</source>
        <translation>По шагам: движок на паузе. «Следующий вызов» выполняет ровно один вызов; кнопки «Событие» проходят по его событиям вперёд и назад.</translation>
    </message>
    <message>
        <source> Playing %1× faster to keep up.</source>
        <translation> Воспроизведение в %1× быстрее, чтобы успевать.</translation>
    </message>
    <message>
        <source> No run in progress: start one with Run to see calls move.</source>
        <translation> Прогон не идёт: нажмите «Запуск», чтобы увидеть движение вызовов.</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::RunProgressWidget</name>
    <message>
        <source>Calls done over all strategies, the recent rate in calls per second of real time, and the estimated real time left.</source>
        <translation>Выполнено вызовов по всем стратегиям, недавняя частота в вызовах в секунду реального времени и оценка оставшегося времени.</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Прогонов ещё не было</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 из %2 вызовов</translation>
    </message>
    <message>
        <source> · slow motion</source>
        <translation> · замедленно</translation>
    </message>
    <message>
        <source> · %1 calls/s</source>
        <translation> · %1 вызовов/s</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · пауза</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · осталось %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · заняло %1</translation>
    </message>
</context>
<context>
    <name>vtl::widgets::ScenarioControlPanel</name>
    <message>
        <source>Workload</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Стратегии</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Переключатели</translation>
    </message>
    <message>
        <source>What-if, not .NET: sources ignore their token</source>
        <translation>Гипотетически, не .NET: источники игнорируют токен</translation>
    </message>
    <message>
        <source>Task result cache</source>
        <translation>Кэш результатов Task</translation>
    </message>
    <message>
        <source>Advanced: GC model, clock, seed</source>
        <translation>Дополнительно: модель GC, часы, seed</translation>
    </message>
    <message>
        <source>Show or hide the settings of the GC model, the clock and the pseudo-random sequence.</source>
        <translation>Показать или скрыть настройки модели GC, часов и псевдослучайной последовательности.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Miss latency distribution</source>
        <translation>Распределение задержки промаха</translation>
    </message>
    <message>
        <source>Changed while running: applies to the next run.</source>
        <translation>Изменено во время прогона: применится к следующему.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seed&lt;/b&gt;</translation>
    </message>
</context>
</TS>
