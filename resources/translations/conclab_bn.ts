<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="53"/>
        <source>&amp;Step up</source>
        <translation>এক ধাপ বাড়ান (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="54"/>
        <source>Step &amp;down</source>
        <translation>এক ধাপ কমান (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="56"/>
        <source>Displays help on commandline options.</source>
        <translation>কমান্ড লাইনের অপশনগুলোর সাহায্য দেখায়।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="57"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt-এর নিজস্ব অপশনসহ সাহায্য দেখায়।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="58"/>
        <source>Displays version information.</source>
        <translation>ভার্সনের তথ্য দেখায়।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="59"/>
        <source>Usage: %1</source>
        <translation>ব্যবহার: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="60"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="61"/>
        <source>Options:</source>
        <translation>অপশন:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="62"/>
        <source>Arguments:</source>
        <translation>আর্গুমেন্ট:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="63"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>অজানা অপশন &apos;%1&apos;।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="64"/>
        <source>Unknown options: %1.</source>
        <translation>অজানা অপশন: %1।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="65"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;-এর পরে একটি মান দরকার।</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="66"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;-এর পরে কোনো মান নেওয়া হয় না।</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="22"/>
        <source>Look in:</source>
        <translation>যেখানে খুঁজবেন:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="23"/>
        <source>File &amp;name:</source>
        <translation>ফাইলের নাম (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="24"/>
        <source>Files of type:</source>
        <translation>ফাইলের ধরন:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="25"/>
        <source>Back</source>
        <translation>পেছনে</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="26"/>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="27"/>
        <source>Parent Directory</source>
        <translation>উপরের ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="28"/>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="29"/>
        <source>List View</source>
        <translation>তালিকা আকারে</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="30"/>
        <source>Detail View</source>
        <translation>বিস্তারিত আকারে</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="31"/>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="32"/>
        <source>&amp;Open</source>
        <translation>খুলুন (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="33"/>
        <source>Save As</source>
        <translation>এই নামে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="34"/>
        <source>&amp;Rename</source>
        <translation>নাম বদলান (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>মুছে ফেলুন (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="36"/>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফাইল দেখান (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="37"/>
        <source>&amp;New Folder</source>
        <translation>নতুন ফোল্ডার (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="38"/>
        <source>Directory:</source>
        <translation>ফোল্ডার:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="39"/>
        <source>Recent Places</source>
        <translation>সাম্প্রতিক জায়গা</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="40"/>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="41"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="42"/>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="43"/>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="44"/>
        <source>Date Modified</source>
        <translation>বদলানোর তারিখ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফিরুন (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>কাটুন (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="51"/>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="52"/>
        <source>Select All</source>
        <translation>সব বাছাই করুন</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="19"/>
        <source>Show Details...</source>
        <translation>বিস্তারিত দেখান...</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="20"/>
        <source>Hide Details...</source>
        <translation>বিস্তারিত লুকান...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="11"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="12"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="13"/>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="14"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="15"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="16"/>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_strings.cpp" line="18"/>
        <source>&amp;No</source>
        <translation>না (&amp;N)</translation>
    </message>
</context>
<context>
    <name>conclab::cli</name>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="27"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="31"/>
        <source>%1 to %2</source>
        <translation>%1 থেকে %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="51"/>
        <source>--%1: %2 is out of range: use %3</source>
        <translation>--%1: %2 সীমার বাইরে: %3 দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="61"/>
        <source>--%1: no file name given</source>
        <translation>--%1: কোনো ফাইলের নাম দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="73"/>
        <source>What every task does: cpu:&lt;duration&gt;, io:&lt;duration&gt; (sleep), file:&lt;size-or-duration&gt; (write+fsync+read), net:&lt;round trips&gt; (loopback echo), mixed:&lt;cpu&gt;/&lt;io&gt;x&lt;N&gt;. Default: %1.</source>
        <translation>প্রতিটি টাস্ক কী করে: cpu:&lt;duration&gt; (ক্যালকুলেশন), io:&lt;duration&gt; (sleep), file:&lt;size-or-duration&gt; (write+fsync+read), net:&lt;round trips&gt; (loopback echo সার্ভারে রিকোয়েস্ট), mixed:&lt;cpu&gt;/&lt;io&gt;x&lt;N&gt;। ডিফল্ট: %1।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="78"/>
        <source>Number of tasks, 1 to %1. Default: %2.</source>
        <translation>টাস্কের সংখ্যা, 1 থেকে %1। ডিফল্ট: %2।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="82"/>
        <source>How tasks run: sequential, threads (one thread per task), thread-pool, processes (one process per task), process-pool, async. Default: %1.</source>
        <translation>টাস্কগুলো কীভাবে চলে: sequential, threads (প্রতি টাস্কে একটি থ্রেড), thread-pool, processes (প্রতি টাস্কে একটি প্রসেস), process-pool, async। ডিফল্ট: %1।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="86"/>
        <source>Run threads under the simulated GIL (the default).</source>
        <translation>থ্রেডগুলো সিমুলেটেড GIL-এর অধীনে চালান (ডিফল্ট)।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="87"/>
        <source>Switch the simulated GIL off (like free-threaded Python 3.13t).</source>
        <translation>সিমুলেটেড GIL বন্ধ করুন (free-threaded Python 3.13t-এর মতো)।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="90"/>
        <source>Pool size (max_workers) of thread-pool and process-pool: up to %1 threads or %2 processes. Default: %3.</source>
        <translation>thread-pool আর process-pool-এর আকার (max_workers): সর্বোচ্চ %1টি থ্রেড বা %2টি প্রসেস। ডিফল্ট: %3।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="97"/>
        <source>The GIL&apos;s switch interval (sys.setswitchinterval), 0.1ms to 100ms. Default: 5ms.</source>
        <translation>GIL-এর সুইচ ইন্টারভ্যাল (sys.setswitchinterval), 0.1ms থেকে 100ms। ডিফল্ট: 5ms।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="100"/>
        <source>Test hook: task &lt;n&gt; calls abort() in its worker process (process models only). Default: off.</source>
        <translation>পরীক্ষার জন্য: টাস্ক &lt;n&gt; তার ওয়ার্কার প্রসেসে abort() কল করে (শুধু প্রসেস মডেলে)। ডিফল্ট: বন্ধ।</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="120"/>
        <source>--switch-interval: %1 is out of range: use %2 to %3</source>
        <translation>--switch-interval: %1 সীমার বাইরে: %2 থেকে %3 দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="125"/>
        <source>%1 (tasks are numbered from 0)</source>
        <translation>%1 (টাস্কের নম্বর 0 থেকে শুরু)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="134"/>
        <source>--gil and --no-gil contradict each other</source>
        <translation>--gil আর --no-gil একসাথে দেওয়া যায় না</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="138"/>
        <source>--crash-task needs --model processes or process-pool (a crashing thread would end conclab itself)</source>
        <translation>--crash-task-এর জন্য --model processes বা process-pool লাগবে (একটি থ্রেড ক্র্যাশ করলে conclab নিজেই বন্ধ হয়ে যাবে)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="152"/>
        <source>--trace and --csv both name %1: give each its own file</source>
        <translation>--trace আর --csv দুটোই %1 দিয়েছে: প্রতিটির জন্য আলাদা ফাইল দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="161"/>
        <source>cannot read the options (see --help)</source>
        <translation>অপশনগুলো পড়া গেল না (--help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="167"/>
        <source>unexpected argument %1 (options start with --; see --help)</source>
        <translation>অপ্রত্যাশিত আর্গুমেন্ট %1 (অপশন শুরু হয় -- দিয়ে; --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="184"/>
        <source>Usage: conclab %1 [options]</source>
        <translation>ব্যবহার: conclab %1 [options]</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_options.cpp" line="205"/>
        <source>unknown command %1 (expected one of: %2; see conclab --help)</source>
        <translation>অজানা কমান্ড %1 (এগুলোর একটি দিন: %2; conclab --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_language.cpp" line="50"/>
        <source>--language %1 is not a language conclab speaks: use bn (Bengali) or en (English)</source>
        <translation>--language %1 এমন কোনো ভাষা নয় যা conclab জানে: bn (বাংলা) বা en (ইংরেজি) দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_language.cpp" line="51"/>
        <source>--digits %1 is not a kind of digits: use bengali (০১২৩) or latin (0123)</source>
        <translation>--digits %1 কোনো অঙ্কের ধরন নয়: bengali (০১২৩) বা latin (0123) দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_language.cpp" line="56"/>
        <source>Language of the help, tables and messages: bn (Bengali) or en (English). Default: the system&apos;s (LANG). Files written with --csv and --trace stay English.</source>
        <translation>সাহায্য, টেবিল আর বার্তার ভাষা: bn (বাংলা) বা en (ইংরেজি)। ডিফল্ট: সিস্টেমের ভাষা (LANG)। --csv আর --trace দিয়ে লেখা ফাইল ইংরেজিতেই থাকে।</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_language.cpp" line="60"/>
        <source>Digits of numbers in Bengali: bengali (০১২৩) or latin (0123). Default: bengali.</source>
        <translation>বাংলায় সংখ্যার অঙ্ক: bengali (০১২৩) বা latin (0123)। ডিফল্ট: bengali।</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="32"/>
        <source>--real needs Python to run the lesson scripts: %1 was not found (install python3, or name one with --python)</source>
        <translation>--real-এর জন্য পাঠের স্ক্রিপ্ট চালাতে Python লাগবে: %1 পাওয়া যায়নি (python3 ইনস্টল করুন, অথবা --python দিয়ে একটির নাম দিন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="34"/>
        <source>--real needs Python to run the lesson scripts: %1 cannot be run (name one with --python)</source>
        <translation>--real-এর জন্য পাঠের স্ক্রিপ্ট চালাতে Python লাগবে: %1 চালানো যায় না (--python দিয়ে একটির নাম দিন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="39"/>
        <source>--real needs the lesson scripts (share/conclab/python); set CONCLAB_PYTHON_DIR to their folder</source>
        <translation>--real-এর জন্য পাঠের স্ক্রিপ্টগুলো লাগবে (share/conclab/python); CONCLAB_PYTHON_DIR-এ সেগুলোর ফোল্ডার দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="47"/>
        <source>--real: %1</source>
        <translation>--real: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="69"/>
        <source>%1: %Ln saved run(s)</source>
        <translation>
            <numerusform>%1: %Lnটি সংরক্ষিত রান</numerusform>
            <numerusform>%1: %Lnটি সংরক্ষিত রান</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="83"/>
        <source>Runs one workload under every model (sequential, threads with and without the GIL, thread pool,
processes, process pool, async) and prints a comparison table.
With --real, the same work also runs as a real CPython program (resources/python) for each model.</source>
        <translation>একই কাজ প্রতিটি মডেলে চালায় (সিকোয়েনশিয়াল, GIL-সহ ও GIL ছাড়া থ্রেড, থ্রেড পুল,
প্রসেস, প্রসেস পুল, async) এবং একটি তুলনার টেবিল দেখায়।
--real দিলে একই কাজ প্রতিটি মডেলের জন্য আসল CPython প্রোগ্রাম (resources/python) হিসেবেও চলে।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="66"/>
        <location filename="../../app/cli/observe_command.cpp" line="192"/>
        <location filename="../../app/cli/compare_command.cpp" line="86"/>
        <source>Example: %1</source>
        <translation>উদাহরণ: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="88"/>
        <source>The table of saved runs, nothing is run: %1</source>
        <translation>সংরক্ষিত রানগুলোর টেবিল, কিছুই চালানো হয় না: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="91"/>
        <source>Write every run&apos;s timeline into one Chrome Trace Event JSON file. Default: none.</source>
        <translation>প্রতিটি রানের টাইমলাইন একটি Chrome Trace Event JSON ফাইলে লিখুন। ডিফল্ট: কিছু না।</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="94"/>
        <source>Write the comparison table as CSV (English column names, whatever the language). Default: none.</source>
        <translation>তুলনার টেবিলটি CSV হিসেবে লিখুন (ভাষা যা-ই হোক, কলামের নাম ইংরেজিতে)। ডিফল্ট: কিছু না।</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="97"/>
        <source>Also run the lesson script doing the same work under real CPython, once per model, observed as `conclab observe` does, and add its rows (&quot;py threads&quot; ...). Default: off.</source>
        <translation>একই কাজ করা পাঠের স্ক্রিপ্টটিও আসল CPython-এ চালান, প্রতিটি মডেলে একবার, `conclab observe`-এর মতো করে পর্যবেক্ষণ করে, এবং তার সারিগুলো যোগ করুন (&quot;py threads&quot; ...)। ডিফল্ট: বন্ধ।</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="99"/>
        <source>The Python that --real runs. Default: python3 (from PATH).</source>
        <translation>--real যে Python চালায়। ডিফল্ট: python3 (PATH থেকে)।</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="102"/>
        <source>prints their table</source>
        <translation>সেগুলোর টেবিল প্রিন্ট করে</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="130"/>
        <source>running %1, %2 ...</source>
        <translation>চলছে %1, %2 ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="130"/>
        <source>GIL on</source>
        <translation>GIL চালু</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="130"/>
        <source>GIL off</source>
        <translation>GIL বন্ধ</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="139"/>
        <source>the machine was busy during the sequential run (%1); running it once more ...</source>
        <translation>সিকোয়েনশিয়াল রানের সময় কম্পিউটার ব্যস্ত ছিল (%1); রানটি আরেকবার চালানো হচ্ছে ...</translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="152"/>
        <source>observing %1 ...</source>
        <translation>%1 পর্যবেক্ষণ করা হচ্ছে ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="166"/>
        <source>%1 × %Ln task(s)</source>
        <translation>
            <numerusform>%1 × %Lnটি টাস্ক</numerusform>
            <numerusform>%1 × %Lnটি টাস্ক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="167"/>
        <source>pools of %Ln worker(s)</source>
        <translation>
            <numerusform>প্রতি পুলে %Lnটি ওয়ার্কার</numerusform>
            <numerusform>প্রতি পুলে %Lnটি ওয়ার্কার</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/compare_command.cpp" line="168"/>
        <source>GIL switch interval %1</source>
        <translation>GIL-এর সুইচ ইন্টারভ্যাল %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="143"/>
        <location filename="../../app/cli/compare_command.cpp" line="71"/>
        <location filename="../../app/cli/compare_command.cpp" line="169"/>
        <source>Machine: %Ln core(s)</source>
        <translation>
            <numerusform>কম্পিউটার: %Lnটি কোর</numerusform>
            <numerusform>কম্পিউটার: %Lnটি কোর</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="39"/>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="39"/>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="93"/>
        <location filename="../../app/cli/result_table.cpp" line="65"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="95"/>
        <location filename="../../app/cli/result_table.cpp" line="66"/>
        <source>Wall time</source>
        <translation>মোট সময়</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="28"/>
        <location filename="../../app/cli/result_table.cpp" line="66"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="48"/>
        <source>CPython %1, GIL read from its memory (%2 switches counted by CPython)</source>
        <translation>CPython %1, GIL তার মেমরি থেকে পড়া হয়েছে (CPython-এর নিজের গণনায় %2টি সুইচ)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="51"/>
        <source>not Python</source>
        <translation>Python নয়</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="52"/>
        <source>CPython, ended before its interpreter was ready</source>
        <translation>CPython, ইন্টারপ্রেটার তৈরি হওয়ার আগেই শেষ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="54"/>
        <source>CPython of unknown version: GIL not readable</source>
        <translation>অজানা সংস্করণের CPython: GIL পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="55"/>
        <source>GIL not readable for Python %1</source>
        <translation>Python %1-এর GIL পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="56"/>
        <source>GIL not readable for this build of Python %1</source>
        <translation>Python %1-এর এই বিল্ডের GIL পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="57"/>
        <source>Python %1: no GIL (free-threaded build)</source>
        <translation>Python %1: GIL নেই (free-threaded বিল্ড)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="59"/>
        <source>GIL not readable: reading its memory was refused (%1)</source>
        <translation>GIL পড়া যায়নি: তার মেমরি পড়তে দেওয়া হয়নি (%1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="61"/>
        <source>GIL not readable on this processor architecture</source>
        <translation>এই প্রসেসর আর্কিটেকচারে GIL পড়া যায় না</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="97"/>
        <location filename="../../app/cli/result_table.cpp" line="68"/>
        <source>CPU time</source>
        <translation>CPU সময়</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="97"/>
        <location filename="../../app/cli/result_table.cpp" line="68"/>
        <source>%1 ms (%2 cores busy on average)</source>
        <translation>%1 ms (গড়ে %2টি কোর ব্যস্ত)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="100"/>
        <source>Threads</source>
        <translation>থ্রেড</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="100"/>
        <source>%1 in %Ln process(es)</source>
        <translation>
            <numerusform>%Lnটি প্রসেসে %1টি</numerusform>
            <numerusform>%Lnটি প্রসেসে %1টি</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="101"/>
        <source> (more were started than are followed)</source>
        <translation> (যতগুলো অনুসরণ করা হয় তার চেয়ে বেশি চালু হয়েছিল)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="106"/>
        <source>%1 of thread time</source>
        <translation>থ্রেডগুলোর সময়ের %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="119"/>
        <source>%1 MiB (sum over processes)</source>
        <translation>%1 MiB (সব প্রসেসের যোগফল)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="124"/>
        <source>%1 — %2: its times cannot be trusted</source>
        <translation>%1 — %2: এর সময়গুলো বিশ্বাস করা যায় না</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="127"/>
        <source>threads every %1 ms, GIL every %2 ms; the observer used %3 of one core</source>
        <translation>থ্রেড প্রতি %1 ms-এ, GIL প্রতি %2 ms-এ; পর্যবেক্ষক একটি কোরের %3 ব্যবহার করেছে</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="142"/>
        <source>Observed: %1</source>
        <translation>পর্যবেক্ষণ করা হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="159"/>
        <source>pid %1 %2: %3</source>
        <translation>pid %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="170"/>
        <source>%Ln more process(es), not Python: %1</source>
        <translation>
            <numerusform>আরও %Lnটি প্রসেস, Python নয়: %1</numerusform>
            <numerusform>আরও %Lnটি প্রসেস, Python নয়: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="173"/>
        <source>Sampling</source>
        <translation>নমুনা নেওয়া</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="175"/>
        <source>Output</source>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="175"/>
        <source>%1 lines beyond the first %2 were not kept</source>
        <translation>প্রথম %2টির পরের %1টি লাইন রাখা হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="189"/>
        <source>Runs a program (directly, no shell) and records what its threads, its child processes and, for
CPython, its real GIL did; its output is passed through. Put the program after --.</source>
        <translation>একটি প্রোগ্রাম চালায় (সরাসরি, শেল ছাড়া) এবং তার থ্রেড, তার চাইল্ড প্রসেস আর CPython হলে তার আসল GIL কী
করেছে তা রেকর্ড করে; তার আউটপুট যেমন আছে তেমন দেখায়। প্রোগ্রামটি -- এর পরে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="197"/>
        <source>Save the timeline as a picture (.png, .svg or .pdf; desktop build). Default: none.</source>
        <translation>টাইমলাইনটি ছবি হিসেবে সেভ করুন (.png, .svg বা .pdf; ডেস্কটপ বিল্ড)। ডিফল্ট: কিছু না।</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="199"/>
        <source>Picture size in pixels for --shot. Default: 1600x900.</source>
        <translation>--shot-এর ছবির আকার, পিক্সেলে। ডিফল্ট: 1600x900।</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="202"/>
        <source>Stop the program (SIGTERM, then SIGKILL) when it runs longer. Default: 10m (minutes).</source>
        <translation>প্রোগ্রামটি এর চেয়ে বেশি সময় চললে থামান (SIGTERM, তারপর SIGKILL)। ডিফল্ট: 10m (মিনিট)।</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="204"/>
        <source>Do not pass the program&apos;s output through (it is still recorded).</source>
        <translation>প্রোগ্রামের আউটপুট দেখাবেন না (তবু রেকর্ড করা হয়)।</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="270"/>
        <source>Picture</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="70"/>
        <source>Workers</source>
        <translation>ওয়ার্কার</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="70"/>
        <source>%Ln process(es)</source>
        <translation>
            <numerusform>%Lnটি প্রসেস</numerusform>
            <numerusform>%Lnটি প্রসেস</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="70"/>
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Lnটি থ্রেড</numerusform>
            <numerusform>%Lnটি থ্রেড</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="106"/>
        <location filename="../../app/cli/result_table.cpp" line="72"/>
        <source>GIL wait share</source>
        <translation>GIL-এর জন্য ওয়েট</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="72"/>
        <source>%1 of worker time</source>
        <translation>ওয়ার্কারদের সময়ের %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="109"/>
        <location filename="../../app/cli/result_table.cpp" line="73"/>
        <source>GIL hand-offs</source>
        <translation>GIL হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="109"/>
        <source>%1 seen · %2 counted by CPython</source>
        <translation>%1টি দেখা গেছে · CPython-এর নিজের গণনায় %2টি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="114"/>
        <source>none read (no process ran a CPython whose GIL could be read; see below)</source>
        <translation>পড়া হয়নি (কোনো প্রসেস এমন CPython চালায়নি যার GIL পড়া যায়; নিচে দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="116"/>
        <location filename="../../app/cli/result_table.cpp" line="75"/>
        <source>Context switches</source>
        <translation>কনটেক্সট সুইচ</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="116"/>
        <location filename="../../app/cli/result_table.cpp" line="75"/>
        <source>%1 voluntary · %2 involuntary</source>
        <translation>%1 স্বেচ্ছায় · %2 বাধ্য হয়ে</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="119"/>
        <location filename="../../app/cli/result_table.cpp" line="78"/>
        <source>Peak memory</source>
        <translation>সর্বোচ্চ মেমরি</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="78"/>
        <source>%1 MiB (summed PSS of the run&apos;s processes)</source>
        <translation>%1 MiB (রানের সব প্রসেসের PSS-এর যোগফল)</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="80"/>
        <source>Tasks</source>
        <translation>টাস্ক</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="80"/>
        <source>%1 of %2 done</source>
        <translation>%2টির মধ্যে %1টি শেষ</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="123"/>
        <location filename="../../app/cli/result_table.cpp" line="81"/>
        <source>Other programs</source>
        <translation>অন্য প্রোগ্রাম</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="121"/>
        <location filename="../../app/cli/result_table.cpp" line="81"/>
        <source>%1 of the CPUs during the run</source>
        <translation>রানের সময় CPU-গুলোর %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="86"/>
        <source>Machine: %Ln core(s) · CPU kernel %1 ticks per ms</source>
        <translation>
            <numerusform>কম্পিউটার: %Lnটি কোর · CPU কার্নেল প্রতি ms-এ %1 টিক</numerusform>
            <numerusform>কম্পিউটার: %Lnটি কোর · CPU কার্নেল প্রতি ms-এ %1 টিক</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="92"/>
        <source>Warning: %1</source>
        <translation>সতর্কতা: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="97"/>
        <source>model</source>
        <translation>মডেল</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="114"/>
        <location filename="../../app/cli/result_table.cpp" line="97"/>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="97"/>
        <source>workers</source>
        <translation>ওয়ার্কার</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="97"/>
        <source>wall ms</source>
        <translation>মোট ms</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="97"/>
        <source>CPU ms</source>
        <translation>CPU ms</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="98"/>
        <source>speedup</source>
        <translation>স্পিডআপ</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="98"/>
        <source>efficiency</source>
        <translation>দক্ষতা</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="98"/>
        <source>GIL wait</source>
        <translation>GIL ওয়েট</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="98"/>
        <source>hand-offs</source>
        <translation>হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="98"/>
        <source>vol cs</source>
        <translation>স্বেচ্ছা cs</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="99"/>
        <source>invol cs</source>
        <translation>বাধ্য cs</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="99"/>
        <source>peak MiB</source>
        <translation>সর্বোচ্চ MiB</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="99"/>
        <source>status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../app/cli/result_table.cpp" line="141"/>
        <source>Rows marked &quot;machine busy&quot; ran while other programs held the CPUs: their times and speedups
cannot be trusted. Close other programs and run again.
</source>
        <translation>“কম্পিউটার ব্যস্ত” চিহ্নিত সারিগুলো এমন সময়ে চলেছে যখন অন্য প্রোগ্রাম CPU দখল করে ছিল: তাদের সময় আর স্পিডআপ
বিশ্বাস করা যায় না। অন্য প্রোগ্রামগুলো বন্ধ করে আবার চালান।
</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="21"/>
        <source>Run a lesson&apos;s experiments instead (see conclab lessons) and grade its answers.</source>
        <translation>এর বদলে একটি পাঠের এক্সপেরিমেন্টগুলো চালান (conclab lessons দেখুন) এবং তার উত্তরগুলো যাচাই করুন।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="23"/>
        <source>With --lesson: the class&apos;s prediction, an answer&apos;s id or number.</source>
        <translation>--lesson-এর সাথে: ক্লাসের অনুমান, একটি উত্তরের id বা নম্বর।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="33"/>
        <source>--%1 goes with --lesson</source>
        <translation>--%1 শুধু --lesson-এর সাথে চলে</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="40"/>
        <source>--%1: a lesson sets its own experiments; leave it out with --lesson</source>
        <translation>--%1: পাঠ নিজের এক্সপেরিমেন্ট নিজেই ঠিক করে; --lesson-এর সাথে এটি বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="65"/>
        <source>Runs one experiment on real threads or processes and prints what was measured.</source>
        <translation>আসল থ্রেড বা প্রসেসে একটি এক্সপেরিমেন্ট চালায় এবং যা মাপা হলো তা দেখায়।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="67"/>
        <source>A lesson runs its own experiments, then says what they measured: %1</source>
        <translation>একটি পাঠ নিজের এক্সপেরিমেন্টগুলো চালায়, তারপর জানায় সেগুলো কী মাপল: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="71"/>
        <location filename="../../app/cli/observe_command.cpp" line="194"/>
        <source>Write the timeline as Chrome Trace Event JSON (Perfetto, chrome://tracing). Default: none.</source>
        <translation>টাইমলাইনটি Chrome Trace Event JSON হিসেবে লিখুন (Perfetto, chrome://tracing)। ডিফল্ট: কিছু না।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="73"/>
        <location filename="../../app/cli/observe_command.cpp" line="196"/>
        <source>Write the result as a one-row CSV table. Default: none.</source>
        <translation>ফলাফলটি এক সারির CSV টেবিল হিসেবে লিখুন। ডিফল্ট: কিছু না।</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_command.cpp" line="99"/>
        <source>run failed: %1</source>
        <translation>রান ব্যর্থ: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_driver.cpp" line="106"/>
        <source>Trace</source>
        <translation>ট্রেস</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_driver.cpp" line="106"/>
        <source> (open it in Perfetto or chrome://tracing)</source>
        <translation> (Perfetto বা chrome://tracing-এ খুলুন)</translation>
    </message>
    <message>
        <location filename="../../app/cli/run_driver.cpp" line="108"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_main.cpp" line="35"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); without one use &apos;conclab run&apos;, &apos;conclab compare&apos; or &apos;conclab shot&apos; (see conclab --help)</source>
        <translation>উইন্ডো খোলার মতো কোনো ডিসপ্লে নেই (DISPLAY আর WAYLAND_DISPLAY সেট করা নেই); ডিসপ্লে ছাড়া &apos;conclab run&apos;, &apos;conclab compare&apos; বা &apos;conclab shot&apos; ব্যবহার করুন (conclab --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="31"/>
        <source>the window&apos;s language, Bengali or English (default: the one chosen last in View → Language, else the system&apos;s)</source>
        <translation>উইন্ডোর ভাষা, বাংলা বা ইংরেজি (ডিফল্ট: দেখুন → ভাষা-তে শেষবার যা বেছে নেওয়া হয়েছে, না হলে সিস্টেমের ভাষা)</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="34"/>
        <source>digits of numbers in Bengali: ০১২৩ or 0123 (default: the one chosen last)</source>
        <translation>বাংলায় সংখ্যার অঙ্ক: ০১২৩ বা 0123 (ডিফল্ট: শেষবার যা বেছে নেওয়া হয়েছে)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="51"/>
        <source>run one experiment and print a summary</source>
        <translation>একটি এক্সপেরিমেন্ট চালায় এবং সারসংক্ষেপ দেখায়</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="53"/>
        <source>run one workload under every model and print a table</source>
        <translation>একই কাজ প্রতিটি মডেলে চালায় এবং একটি টেবিল দেখায়</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="55"/>
        <source>list the lessons; run one with: conclab run --lesson &lt;id&gt;</source>
        <translation>পাঠগুলোর তালিকা দেখায়; একটি চালাতে: conclab run --lesson &lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="58"/>
        <source>run one experiment and save the timeline as a picture</source>
        <translation>একটি এক্সপেরিমেন্ট চালায় এবং টাইমলাইনটি ছবি হিসেবে সংরক্ষণ করে</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="61"/>
        <location filename="../../app/main.cpp" line="64"/>
        <source>run a real program (-- PROGRAM ARGS) and record its threads, processes and CPython&apos;s GIL</source>
        <translation>একটি আসল প্রোগ্রাম চালায় (-- PROGRAM ARGS) এবং তার থ্রেড, প্রসেস আর CPython-এর GIL রেকর্ড করে</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="86"/>
        <source>Concurrency Lab: real threads and processes under a simulated Python GIL.</source>
        <translation>কনকারেন্সি ল্যাব: সিমুলেটেড Python GIL-এর অধীনে আসল থ্রেড আর প্রসেস।</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="87"/>
        <source>Usage:</source>
        <translation>ব্যবহার:</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="91"/>
        <source>open the main window</source>
        <translation>মূল উইন্ডো খোলে</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="92"/>
        <source>open the window with a saved run</source>
        <translation>একটি সংরক্ষিত রান নিয়ে উইন্ডো খুলুন</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="95"/>
        <source>print the version and the commit it was built from</source>
        <translation>ভার্সন আর যে commit থেকে বানানো হয়েছে তা দেখায়</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="96"/>
        <source>&apos;conclab &lt;command&gt; --help&apos; lists the options of a command with their defaults.</source>
        <translation>&apos;conclab &lt;command&gt; --help&apos; একটি কমান্ডের সব অপশন তাদের ডিফল্টসহ দেখায়।</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="99"/>
        <source>Options of the window:</source>
        <translation>উইন্ডোর অপশন:</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="171"/>
        <source>this build of conclab has no window (built without CONCLAB_BUILD_UI)</source>
        <translation>conclab-এর এই বিল্ডে কোনো উইন্ডো নেই (CONCLAB_BUILD_UI ছাড়া বানানো)</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="36"/>
        <source>Lesson: %1 (%2)</source>
        <translation>পাঠ: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="37"/>
        <source>Question: %1</source>
        <translation>প্রশ্ন: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="44"/>
        <source>Figures:</source>
        <translation>মাপা মান:</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="61"/>
        <source>Note: the machine was busy during %1: figures of these runs are not what this machine does when it is free.</source>
        <translation>লক্ষ করুন: %1 চলার সময় কম্পিউটার ব্যস্ত ছিল: এই রানগুলোর মান কম্পিউটার খালি থাকলে যা হতো তা নয়।</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="71"/>
        <location filename="../../app/cli/lesson_run.cpp" line="74"/>
        <source>Fastest for %1: %2</source>
        <translation>%1-এর জন্য সবচেয়ে দ্রুত: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="76"/>
        <source>Answers:</source>
        <translation>উত্তর:</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="87"/>
        <source>Your prediction &apos;%1&apos; happened.</source>
        <translation>আপনার অনুমান &apos;%1&apos; সত্যি হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="88"/>
        <source>Your prediction &apos;%1&apos; did not happen.</source>
        <translation>আপনার অনুমান &apos;%1&apos; সত্যি হয়নি।</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="90"/>
        <source>Your prediction &apos;%1&apos;: %2</source>
        <translation>আপনার অনুমান &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="107"/>
        <source>--answer %1: the answers of %2 are %3, or their numbers 1 to %4</source>
        <translation>--answer %1: %2-এর উত্তরগুলো হলো %3, অথবা তাদের নম্বর 1 থেকে %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_run.cpp" line="121"/>
        <source>Run %1 of %2: %3</source>
        <translation>রান %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="51"/>
        <source>--lesson: %1</source>
        <translation>--lesson: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="79"/>
        <source>right</source>
        <translation>ঠিক</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="80"/>
        <source>wrong</source>
        <translation>ভুল</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="85"/>
        <source>cannot tell: the run %1 has not run</source>
        <translation>বলা যাচ্ছে না: রান %1 এখনো চলেনি</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="86"/>
        <source>cannot tell: the run %1 did not complete</source>
        <translation>বলা যাচ্ছে না: রান %1 শেষ হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="88"/>
        <source>cannot tell: the machine was too busy to tell during %1 (other programs used %2 of the CPUs)</source>
        <translation>বলা যাচ্ছে না: %1 চলার সময় কম্পিউটার খুব ব্যস্ত ছিল (অন্য প্রোগ্রাম CPU-গুলোর %2 ব্যবহার করেছে)</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="92"/>
        <source>cannot tell: the figure %1 measured nothing</source>
        <translation>বলা যাচ্ছে না: মান %1 কিছুই মাপেনি</translation>
    </message>
    <message>
        <location filename="../../app/cli/lesson_text.cpp" line="96"/>
        <source>cannot tell</source>
        <translation>বলা যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../app/cli/lessons_command.cpp" line="33"/>
        <source>no lessons found</source>
        <translation>কোনো পাঠ পাওয়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="210"/>
        <source>conclab: put the program to observe after --, e.g. conclab observe -- python3 script.py</source>
        <translation>conclab: যে প্রোগ্রাম পর্যবেক্ষণ করবেন সেটি -- এর পরে দিন, যেমন conclab observe -- python3 script.py</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="217"/>
        <source>observe needs a program after --, e.g. conclab observe -- python3 script.py</source>
        <translation>observe-এর জন্য -- এর পরে একটি প্রোগ্রাম লাগবে, যেমন conclab observe -- python3 script.py</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="219"/>
        <source>--time-limit: %1</source>
        <translation>--time-limit: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="220"/>
        <source>--time-limit: the program needs some time to run</source>
        <translation>--time-limit: প্রোগ্রামটির চলার জন্য কিছু সময় লাগবে</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="225"/>
        <source>--shot: no file name given</source>
        <translation>--shot: কোনো ফাইলের নাম দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/observe_command.cpp" line="226"/>
        <source>--shot needs the desktop build (this conclab was built without the window)</source>
        <translation>--shot-এর জন্য ডেস্কটপ বিল্ড লাগবে (এই conclab উইন্ডো ছাড়া বানানো হয়েছে)</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="21"/>
        <source>Read the runs from a saved run file (%1, from the window&apos;s File &gt; Save run or --save) instead of running anything; %2.</source>
        <translation>কিছু না চালিয়ে একটি সংরক্ষিত রানের ফাইল (%1, উইন্ডোর ফাইল &gt; রান সংরক্ষণ বা --save থেকে) থেকে রানগুলো পড়ুন; %2।</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="29"/>
        <source>Save the runs as one file the window opens and replays (File &gt; Open run), which is also a Chrome trace. Default: none.</source>
        <translation>রানগুলো এমন একটি ফাইলে সংরক্ষণ করুন যা উইন্ডো খুলতে ও রিপ্লে করতে পারে (ফাইল &gt; রান খুলুন), এবং যা একটি Chrome ট্রেসও। ডিফল্ট: নেই।</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="38"/>
        <source>--save: no file name given</source>
        <translation>--save: কোনো ফাইলের নাম দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="47"/>
        <source>--from reads recorded runs; --%1 would change an experiment that is not run: leave it out</source>
        <translation>--from রেকর্ড করা রান পড়ে; --%1 এমন একটি এক্সপেরিমেন্ট বদলাত যা চালানো হয় না: এটি বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="54"/>
        <source>--from: no file name given</source>
        <translation>--from: কোনো ফাইলের নাম দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="66"/>
        <source>Saved run</source>
        <translation>সংরক্ষিত রান</translation>
    </message>
    <message>
        <location filename="../../app/cli/saved_runs.cpp" line="69"/>
        <source> (open it with conclab, or in Perfetto)</source>
        <translation> (conclab দিয়ে, বা Perfetto-তে খুলুন)</translation>
    </message>
</context>
<context>
    <name>conclab::gui</name>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="17"/>
        <source>--language %1 is not a language conclab speaks: use bn (Bengali) or en (English)</source>
        <translation>--language %1 এমন কোনো ভাষা নয় যা conclab জানে: bn (বাংলা) বা en (ইংরেজি) দিন</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="23"/>
        <source>--digits %1 is not a kind of digits: use bengali (০১২৩) or latin (0123)</source>
        <translation>--digits %1 কোনো অঙ্কের ধরন নয়: bengali (০১২৩) বা latin (0123) দিন</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="63"/>
        <source>unknown option %1 (see conclab --help)</source>
        <translation>অজানা অপশন %1 (conclab --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="64"/>
        <source>unexpected argument %1 (see conclab --help)</source>
        <translation>অপ্রত্যাশিত আর্গুমেন্ট %1 (conclab --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/gui/gui_options.cpp" line="68"/>
        <source>option %1 needs a value (see conclab --help)</source>
        <translation>অপশন %1-এর জন্য একটি মান দরকার (conclab --help দেখুন)</translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_picture.cpp" line="29"/>
        <source>--size %1 is not WIDTHxHEIGHT in pixels (e.g. 1600x900)</source>
        <translation>--size %1 পিক্সেলে WIDTHxHEIGHT নয় (যেমন 1600x900)</translation>
    </message>
    <message>
        <location filename="../../app/gui/headless_picture.cpp" line="37"/>
        <source>--size %1 is out of range: each side must be %2 to %3 pixels</source>
        <translation>--size %1 সীমার বাইরে: প্রতিটি দিক %2 থেকে %3 পিক্সেল হতে হবে</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="41"/>
        <source>--%1: a lesson sets its own experiment; leave it out with --lesson</source>
        <translation>--%1: পাঠ নিজের এক্সপেরিমেন্ট নিজেই ঠিক করে; --lesson-এর সাথে এটি বাদ দিন</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="73"/>
        <source>Run one experiment, or take a saved run (--from), and save its timeline as a picture (PNG, SVG or PDF)
or as a self-contained web page handout (HTML), without a display.</source>
        <translation>একটি এক্সপেরিমেন্ট চালান, বা একটি সংরক্ষিত রান নিন (--from), এবং ডিসপ্লে ছাড়াই তার টাইমলাইন ছবি (PNG, SVG বা PDF)
বা একটি স্বয়ংসম্পূর্ণ ওয়েব পেজ হ্যান্ডআউট (HTML) হিসেবে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="75"/>
        <source>Example: %1</source>
        <translation>উদাহরণ: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="77"/>
        <source>File to write: a .png, .svg or .pdf picture, or an .html web page.</source>
        <translation>যে ফাইল লেখা হবে: একটি .png, .svg বা .pdf ছবি, বা একটি .html ওয়েব পেজ।</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="79"/>
        <source>shows the last run of the file, or the one --run names</source>
        <translation>ফাইলের শেষ রানটি দেখায়, বা --run যেটির নাম দেয়</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="56"/>
        <source>--run %1: the file holds runs %2 to %3</source>
        <translation>--run %1: ফাইলে %2 থেকে %3 নম্বর রান আছে</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="80"/>
        <source>With --from: which run of the file (%1 is the first).</source>
        <translation>--from-এর সাথে: ফাইলের কোন রান (%1 হলো প্রথমটি)।</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="83"/>
        <source>Picture a lesson&apos;s main run instead of the experiment options (see conclab lessons).</source>
        <translation>এক্সপেরিমেন্টের অপশনের বদলে একটি পাঠের মূল রানের ছবি তুলুন (conclab lessons দেখুন)।</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="85"/>
        <source>Picture size in pixels (default 1600x900).</source>
        <translation>পিক্সেলে ছবির আকার (ডিফল্ট 1600x900)।</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="97"/>
        <source>--run picks a run of a saved file: give the file with --from</source>
        <translation>--run একটি সংরক্ষিত ফাইলের একটি রান বেছে নেয়: --from দিয়ে ফাইলটি দিন</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="105"/>
        <source>shot needs --out FILE (a .png, .svg or .pdf picture, or an .html page)</source>
        <translation>shot-এর জন্য --out FILE লাগবে (একটি .png, .svg বা .pdf ছবি, বা একটি .html পেজ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="111"/>
        <source>--out %1: the file must end in .png, .svg, .pdf or .html</source>
        <translation>--out %1: ফাইলের নাম .png, .svg, .pdf বা .html দিয়ে শেষ হতে হবে</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="166"/>
        <source>wrote %1 (web page): %2, wall time %3</source>
        <translation>%1 লেখা হয়েছে (ওয়েব পেজ): %2, মোট সময় %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="168"/>
        <source>wrote %1 (%2x%3): %4, wall time %5</source>
        <translation>লেখা হলো %1 (%2x%3): %4, মোট সময় %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/shot_command.cpp" line="174"/>
        <source>the run failed: %1</source>
        <translation>রানটি ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/observe_picture.cpp" line="25"/>
        <source>--shot %1: the picture must end in .png, .svg or .pdf</source>
        <translation>--shot %1: ছবির ফাইলের নাম .png, .svg বা .pdf দিয়ে শেষ হতে হবে</translation>
    </message>
</context>
<context>
    <name>conclab::ui</name>
    <message numerus="yes">
        <location filename="../../ui/text/experiment_text.cpp" line="17"/>
        <location filename="../../ui/export/caption.cpp" line="27"/>
        <source>%1 × %Ln task(s)</source>
        <translation>
            <numerusform>%1 × %Lnটি টাস্ক</numerusform>
            <numerusform>%1 × %Lnটি টাস্ক</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="29"/>
        <source>GIL on, switch interval %1</source>
        <translation>GIL চালু, সুইচ ইন্টারভ্যাল %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="30"/>
        <source>GIL off (threads run in parallel)</source>
        <translation>GIL বন্ধ (থ্রেডগুলো প্যারালেল চলে)</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="31"/>
        <source>Workload: %1</source>
        <translation>কাজ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="31"/>
        <source>Model: %1</source>
        <translation>মডেল: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="32"/>
        <source>Workers: %1</source>
        <translation>ওয়ার্কার: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/caption.cpp" line="33"/>
        <location filename="../../ui/export/caption.cpp" line="40"/>
        <source>Machine: %Ln core(s)</source>
        <translation>
            <numerusform>কম্পিউটার: %Lnটি কোর</numerusform>
            <numerusform>কম্পিউটার: %Lnটি কোর</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="226"/>
        <location filename="../../ui/export/caption.cpp" line="39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="19"/>
        <source> · stopped early</source>
        <translation> · আগেই থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.cpp" line="20"/>
        <source> · a worker failed</source>
        <translation> · একটি ওয়ার্কার ব্যর্থ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="11"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="43"/>
        <location filename="../../ui/lessons/lesson_text.cpp" line="45"/>
        <source>run %1</source>
        <translation>রান %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="60"/>
        <location filename="../../ui/text/display_format.cpp" line="76"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="61"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="62"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="63"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="65"/>
        <source>%1 per second</source>
        <translation>সেকেন্ডে %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="66"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="117"/>
        <source>other programs used %1 % of the CPUs</source>
        <translation>অন্য প্রোগ্রাম CPU-গুলোর %1 % ব্যবহার করেছে</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="119"/>
        <source>the workers waited %1 % of their time for a CPU that other programs held</source>
        <translation>ওয়ার্কাররা তাদের সময়ের %1 % এমন CPU-র জন্য ওয়েট করেছে যা অন্য প্রোগ্রাম দখল করে ছিল</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="121"/>
        <source>Cannot tell: the machine was busy during %1 (%2), so its timings are not the lesson&apos;s own. Close other programs and run the lesson again.</source>
        <translation>বলা যাচ্ছে না: %1 চলার সময় কম্পিউটার ব্যস্ত ছিল (%2), তাই এর সময়গুলো পাঠের নিজের নয়। অন্য প্রোগ্রামগুলো বন্ধ করে পাঠটি আবার চালান।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="123"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="126"/>
        <source>Cannot tell yet: %1 has not run.</source>
        <translation>এখনো বলা যাচ্ছে না: %1 এখনো চলেনি।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="128"/>
        <source>Cannot tell: %1 did not run to the end (it was stopped or failed).</source>
        <translation>বলা যাচ্ছে না: %1 শেষ পর্যন্ত চলেনি (এটি থামানো হয়েছে বা ব্যর্থ হয়েছে)।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="134"/>
        <source>Cannot tell: the run measured nothing for the figure %1.</source>
        <translation>বলা যাচ্ছে না: রানটি মান %1-এর জন্য কিছুই মাপেনি।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="150"/>
        <source>%1 measured while the machine was busy: other programs took part of the CPUs.</source>
        <translation>%1 কম্পিউটার ব্যস্ত থাকার সময় মাপা: অন্য প্রোগ্রাম CPU-গুলোর একাংশ নিয়েছিল।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="163"/>
        <source>Your prediction %1: %2</source>
        <translation>আপনার অনুমান %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="167"/>
        <source>Your prediction %1 happened.</source>
        <translation>আপনার অনুমান %1 সত্যি হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="171"/>
        <source>Your prediction %1 did not happen.</source>
        <translation>আপনার অনুমান %1 সত্যি হয়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="181"/>
        <source>None of the answers matches what was measured this time.</source>
        <translation>এবার যা মাপা হলো তার সাথে কোনো উত্তরই মেলে না।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="185"/>
        <source>What the run showed: %1.</source>
        <translation>রানে যা দেখা গেল: %1।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_text.cpp" line="185"/>
        <source> and </source>
        <translation> এবং </translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="93"/>
        <source>Running</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="94"/>
        <source>Ready (no free core)</source>
        <translation>প্রস্তুত (কোনো কোর খালি নেই)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="95"/>
        <source>Waiting for GIL</source>
        <translation>GIL-এর জন্য ওয়েট</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="96"/>
        <source>Blocked on I/O</source>
        <translation>I/O-র জন্য ওয়েট</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="97"/>
        <source>Idle</source>
        <translation>আইডল</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="98"/>
        <source>Overhead (start, fork, copy)</source>
        <translation>ওভারহেড (শুরু, fork, কপি)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="99"/>
        <source>Sleeping</source>
        <translation>sleep-এ (ঘুমিয়ে)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="100"/>
        <source>Waiting on a lock</source>
        <translation>লকের জন্য ওয়েট</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="101"/>
        <source>Other work (not this run&apos;s workers)</source>
        <translation>অন্য কাজ (এই রানের ওয়ার্কার নয়)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="108"/>
        <source>sequential</source>
        <translation>সিকোয়েনশিয়াল</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="109"/>
        <source>threads</source>
        <translation>থ্রেড</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="110"/>
        <source>thread pool</source>
        <translation>থ্রেড পুল</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="111"/>
        <source>processes</source>
        <translation>প্রসেস</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="112"/>
        <source>process pool</source>
        <translation>প্রসেস পুল</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="113"/>
        <source>asyncio event loop</source>
        <translation>asyncio ইভেন্ট লুপ</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="132"/>
        <source>CPU-bound (computation)</source>
        <translation>CPU ইনটেনসিভ (ক্যালকুলেশন)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="133"/>
        <source>I/O-bound (waiting, sleep)</source>
        <translation>I/O ইনটেনসিভ (ওয়েট, sleep)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="134"/>
        <source>File I/O (write, fsync, read)</source>
        <translation>ফাইল I/O (লেখা, fsync, পড়া)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="135"/>
        <source>Network (loopback round trips)</source>
        <translation>নেটওয়ার্ক (loopback-এ রিকোয়েস্ট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="136"/>
        <source>Mixed (compute, then wait)</source>
        <translation>মিশ্র (ক্যালকুলেশন, তারপর ওয়েট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="137"/>
        <source>Numbers (wait, then print)</source>
        <translation>সংখ্যা (ওয়েট, তারপর প্রিন্ট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="138"/>
        <source>Square (compute, then print)</source>
        <translation>বর্গ (ক্যালকুলেশন, তারপর প্রিন্ট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="139"/>
        <source>Shared counter (counter += 1)</source>
        <translation>শেয়ার করা কাউন্টার (counter += 1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="140"/>
        <source>Tasks taking turns at several workloads</source>
        <translation>পালা করে কয়েক ধরনের কাজ করা টাস্ক</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="151"/>
        <source>killed by signal %1</source>
        <translation>সিগন্যাল %1 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="152"/>
        <source>killed by %1</source>
        <translation>%1 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="154"/>
        <source>exited with status %1</source>
        <translation>স্ট্যাটাস %1 দিয়ে বেরিয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="172"/>
        <source>simulated</source>
        <translation>সিমুলেটেড</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="173"/>
        <source>real program</source>
        <translation>আসল প্রোগ্রাম</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="174"/>
        <source>saved run</source>
        <translation>সংরক্ষিত রান</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="188"/>
        <source>machine busy: other programs used %1 of the CPUs — figures unreliable</source>
        <translation>কম্পিউটার ব্যস্ত: অন্য প্রোগ্রাম CPU-গুলোর %1 ব্যবহার করেছে — মানগুলো নির্ভরযোগ্য নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="190"/>
        <source>machine busy: the workers waited %1 of their time for a CPU other programs held — figures unreliable</source>
        <translation>কম্পিউটার ব্যস্ত: ওয়ার্কাররা তাদের সময়ের %1 এমন CPU-র জন্য ওয়েট করেছে যা অন্য প্রোগ্রাম দখল করে ছিল — মানগুলো নির্ভরযোগ্য নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="197"/>
        <source>machine busy (%1)</source>
        <translation>কম্পিউটার ব্যস্ত (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/display_format.cpp" line="202"/>
        <source>%Ln events lost (recording could not keep up)</source>
        <translation>
            <numerusform>%Lnটি ইভেন্ট হারিয়ে গেছে (রেকর্ডিং তাল রাখতে পারেনি)</numerusform>
            <numerusform>%Lnটি ইভেন্ট হারিয়ে গেছে (রেকর্ডিং তাল রাখতে পারেনি)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="217"/>
        <source>GIL not readable for Python %1</source>
        <translation>Python %1-এর GIL পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="217"/>
        <source>GIL not readable</source>
        <translation>GIL পড়া যায়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="218"/>
        <source>no GIL (free-threaded build)</source>
        <translation>GIL নেই (free-threaded বিল্ড)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="219"/>
        <source>GIL not readable: the system refused to let conclab read it</source>
        <translation>GIL পড়া যায়নি: সিস্টেম conclab-কে এটি পড়তে দেয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="231"/>
        <source>completed</source>
        <translation>সম্পূর্ণ</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="232"/>
        <source>stopped</source>
        <translation>থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="233"/>
        <source>failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="244"/>
        <source>failed: %1 %2</source>
        <translation>ব্যর্থ: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="253"/>
        <source>%1 at %2</source>
        <translation>%2-এ %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/lane_row_layout.cpp" line="50"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/lane_row_layout.cpp" line="117"/>
        <source>%1 in %2</source>
        <translation>%2-এর %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/lane_row_layout.cpp" line="127"/>
        <source>CPU cores this run could use (%1)</source>
        <translation>এই রান যে CPU কোরগুলো ব্যবহার করতে পারত (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/display_format.cpp" line="221"/>
        <source>GIL holder</source>
        <translation>GIL যার হাতে</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/lane_row_layout.cpp" line="132"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.cpp" line="51"/>
        <source>Holds the GIL</source>
        <translation>GIL হাতে আছে</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.cpp" line="52"/>
        <source>Other programs on a core</source>
        <translation>কোরে অন্য প্রোগ্রাম</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.cpp" line="53"/>
        <source>Core idle / nothing recorded</source>
        <translation>কোর খালি / কিছু রেকর্ড হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/export/picture_export.cpp" line="22"/>
        <location filename="../../ui/export/web_page_export.cpp" line="199"/>
        <location filename="../../ui/export/web_page_export.cpp" line="200"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 লেখা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/export/picture_export.cpp" line="38"/>
        <source>the name must end in .png, .svg or .pdf</source>
        <translation>নামটি .png, .svg বা .pdf দিয়ে শেষ হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/export/picture_export.cpp" line="39"/>
        <source>the picture would be empty</source>
        <translation>ছবিটি খালি হতো</translation>
    </message>
    <message>
        <location filename="../../ui/export/picture_export.cpp" line="91"/>
        <source>the picture could not be encoded</source>
        <translation>ছবিটি তৈরি করা গেল না</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_summary.cpp" line="61"/>
        <location filename="../../ui/output/output_text.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_text.cpp" line="32"/>
        <source>program</source>
        <translation>প্রোগ্রাম</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_text.cpp" line="33"/>
        <source>program (errors)</source>
        <translation>প্রোগ্রাম (এরর)</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_text.cpp" line="37"/>
        <source>worker %1</source>
        <translation>ওয়ার্কার %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/language_settings.cpp" line="22"/>
        <source>expected bn or en</source>
        <translation>bn বা en হওয়ার কথা</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/language_settings.cpp" line="23"/>
        <source>the system&apos;s language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/language_settings.cpp" line="30"/>
        <source>expected bengali or latin</source>
        <translation>bengali বা latin হওয়ার কথা</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/experiment_text.cpp" line="18"/>
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Lnটি ওয়ার্কার</numerusform>
            <numerusform>%Lnটি ওয়ার্কার</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/experiment_text.cpp" line="19"/>
        <source>GIL on (%1)</source>
        <translation>GIL চালু (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/experiment_text.cpp" line="19"/>
        <source>GIL off</source>
        <translation>GIL বন্ধ</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_painter.cpp" line="172"/>
        <source>◀ detail folded into %1 blocks (time per state exact)</source>
        <translation>◀ খুঁটিনাটি %1-এর ব্লকে গুটানো (প্রতিটি অবস্থার সময় নিখুঁত)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/gil_handoff_painter.cpp" line="144"/>
        <source>switch interval</source>
        <translation>সুইচ ইন্টারভ্যাল</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/gil_handoff_painter.cpp" line="145"/>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/gil_handoff_painter.cpp" line="146"/>
        <source>thread exit</source>
        <translation>থ্রেড শেষ</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/gil_handoff_painter.cpp" line="165"/>
        <source>GIL: %1 hand-offs per second</source>
        <translation>GIL: সেকেন্ডে %1টি হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_summary.cpp" line="64"/>
        <source>Measured: wall time %1 · busy worker time: %2 · CPU cores busy %3 of %4 cores × wall time · GIL hand-offs %5</source>
        <translation>মাপা হয়েছে: মোট সময় %1 · ওয়ার্কারদের ব্যস্ত সময়: %2 · CPU কোর ব্যস্ত ছিল %4টি কোর × মোট সময়ের %3 · GIL হস্তান্তর %5</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_summary.cpp" line="67"/>
        <source>Measured: wall time %1 · busy worker time: %2 · CPU cores busy %3 of %4 cores × wall time</source>
        <translation>মাপা হয়েছে: মোট সময় %1 · ওয়ার্কারদের ব্যস্ত সময়: %2 · CPU কোর ব্যস্ত ছিল %4টি কোর × মোট সময়ের %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_summary.cpp" line="71"/>
        <source> · lanes idle %1 of their time</source>
        <translation> · লেনগুলো তাদের সময়ের %1 আইডল ছিল</translation>
    </message>
    <message>
        <location filename="../../ui/export/svg_timeline.cpp" line="80"/>
        <source>%1 segments in this stretch, drawn in the state that took most of its time</source>
        <translation>এই অংশে %1টি সেগমেন্ট, যে অবস্থায় বেশিরভাগ সময় কেটেছে সেই অবস্থায় আঁকা</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="91"/>
        <location filename="../../ui/export/web_page_export.cpp" line="148"/>
        <source>Speedup over the sequential run</source>
        <translation>সিকোয়েনশিয়াল রানের তুলনায় স্পিডআপ</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="103"/>
        <source>no baseline</source>
        <translation>সিকোয়েনশিয়াল রান নেই</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="118"/>
        <source>ideal: %1 cores</source>
        <translation>আদর্শ: %1টি কোর</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="133"/>
        <source>Concurrency Lab: a recorded run</source>
        <translation>কনকারেন্সি ল্যাব: একটি রেকর্ড করা রান</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="138"/>
        <source>Zoom with the mouse wheel or + and -, drag to move along, double-click or 0 for the whole run; point at a bar to see what it is.</source>
        <translation>মাউসের চাকা বা + আর - দিয়ে বড়-ছোট করুন, টেনে সামনে-পিছনে যান, পুরো রানের জন্য ডাবল-ক্লিক করুন বা 0 চাপুন; কোনো বার কী তা দেখতে তার উপর মাউস রাখুন।</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="143"/>
        <source>This run has more segments than a page can hold; each bar is a stretch of the run in the state that took most of its time.</source>
        <translation>এই রানে একটি পেজে যত অংশ ধরে তার চেয়ে বেশি আছে; প্রতিটি বার রানের একটি অংশ, যে অবস্থায় তার বেশিরভাগ সময় কেটেছে সেই অবস্থায় আঁকা।</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="146"/>
        <source>Comparison</source>
        <translation>তুলনা</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="152"/>
        <source>Made with Concurrency Lab %1. Every bar is measured from the run, not drawn by hand.</source>
        <translation>কনকারেন্সি ল্যাব %1 দিয়ে তৈরি। প্রতিটি বার রান থেকে মাপা, হাতে আঁকা নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="172"/>
        <source>Concurrency Lab</source>
        <translation>কনকারেন্সি ল্যাব</translation>
    </message>
    <message>
        <location filename="../../ui/export/web_page_export.cpp" line="196"/>
        <source>There is no timeline to export yet: run an experiment first.</source>
        <translation>এক্সপোর্ট করার মতো কোনো টাইমলাইন এখনো নেই: আগে একটি এক্সপেরিমেন্ট চালান।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/machine_text.cpp" line="13"/>
        <source>%Ln CPU(s)</source>
        <translation>
            <numerusform>%Lnটি CPU</numerusform>
            <numerusform>%Lnটি CPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/machine_text.cpp" line="17"/>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/machine_text.cpp" line="19"/>
        <source>Recorded on: %1</source>
        <translation>রেকর্ড করা হয়েছে: %1</translation>
    </message>
</context>
<context>
    <name>conclab::ui::ComparisonModel</name>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="56"/>
        <source>Wall time of the sequential run of the same workload ÷ wall time of this run</source>
        <translation>একই কাজের সিকোয়েনশিয়াল রানের মোট সময় ÷ এই রানের মোট সময়</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="57"/>
        <source>Speedup ÷ the number of workers (for asyncio: ÷ the number of tasks it interleaves)</source>
        <translation>স্পিডআপ ÷ ওয়ার্কারের সংখ্যা (asyncio-তে: ÷ যতগুলো টাস্ক সে পালা করে চালায়)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="58"/>
        <source>Share of the workers&apos; busy time spent waiting for the GIL</source>
        <translation>ওয়ার্কারদের ব্যস্ত সময়ের যে অংশ GIL-এর জন্য ওয়েট করে কেটেছে</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="59"/>
        <source>How often the GIL passed from one thread to another</source>
        <translation>GIL কতবার এক থ্রেড থেকে আরেক থ্রেডের হাতে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="65"/>
        <source>Model</source>
        <translation>মডেল</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="66"/>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="67"/>
        <source>Workers</source>
        <translation>ওয়ার্কার</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="68"/>
        <source>Workload</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="69"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="70"/>
        <source>Wall time</source>
        <translation>মোট সময়</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="71"/>
        <source>CPU time</source>
        <translation>CPU সময়</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="72"/>
        <source>Speedup</source>
        <translation>স্পিডআপ</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="73"/>
        <source>Efficiency</source>
        <translation>দক্ষতা</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="74"/>
        <source>GIL wait</source>
        <translation>GIL-এর জন্য ওয়েট</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="75"/>
        <source>GIL hand-offs</source>
        <translation>GIL হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="76"/>
        <source>Context switches</source>
        <translation>কনটেক্সট সুইচ</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="77"/>
        <source>Peak memory (PSS)</source>
        <translation>সর্বোচ্চ মেমরি (PSS)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="200"/>
        <source>%1 (real run)</source>
        <translation>%1 (আসল রান)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="212"/>
        <source>no GIL</source>
        <translation>GIL ছাড়া</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="215"/>
        <source>⚠ busy</source>
        <translation>⚠ ব্যস্ত</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="120"/>
        <source>on (%1)</source>
        <translation>চালু (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="120"/>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="124"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="140"/>
        <source>%1 (%2 per CPU)</source>
        <translation>%1 (প্রতি CPU-তে %2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="145"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="148"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/comparison_model.cpp" line="200"/>
        <location filename="../../ui/comparison/comparison_model.cpp" line="203"/>
        <source>asyncio</source>
        <translation>asyncio</translation>
    </message>
</context>
<context>
    <name>conclab::ui::CsvColumn</name>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="21"/>
        <source>model</source>
        <translation>মডেল</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="22"/>
        <source>gil</source>
        <translation>GIL</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="23"/>
        <source>workers</source>
        <translation>ওয়ার্কার</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="24"/>
        <source>tasks</source>
        <translation>টাস্ক</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="25"/>
        <source>workload</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="26"/>
        <source>switch_interval_ms</source>
        <translation>সুইচ ইন্টারভ্যাল (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="27"/>
        <source>status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="28"/>
        <source>wall_ms</source>
        <translation>মোট সময় (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="29"/>
        <source>cpu_ms</source>
        <translation>CPU সময় (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="30"/>
        <source>speedup</source>
        <translation>স্পিডআপ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="31"/>
        <source>efficiency</source>
        <translation>দক্ষতা</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="32"/>
        <source>gil_wait_share</source>
        <translation>GIL-এর জন্য ওয়েটের ভাগ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="33"/>
        <source>gil_handoffs</source>
        <translation>GIL হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="34"/>
        <source>voluntary_cs</source>
        <translation>স্বেচ্ছায় কনটেক্সট সুইচ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="35"/>
        <source>involuntary_cs</source>
        <translation>বাধ্য হয়ে কনটেক্সট সুইচ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="36"/>
        <source>peak_rss_mib</source>
        <translation>সর্বোচ্চ মেমরি (MiB)</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="37"/>
        <source>source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="38"/>
        <source>command</source>
        <translation>কমান্ড</translation>
    </message>
</context>
<context>
    <name>conclab::ui::CsvValue</name>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="41"/>
        <source>sequential</source>
        <translation>সিকোয়েনশিয়াল</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="42"/>
        <source>threads</source>
        <translation>থ্রেড</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="43"/>
        <source>thread-pool</source>
        <translation>থ্রেড পুল</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="44"/>
        <source>processes</source>
        <translation>প্রসেস</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="45"/>
        <source>process-pool</source>
        <translation>প্রসেস পুল</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="46"/>
        <source>async</source>
        <translation>asyncio</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="47"/>
        <source>on</source>
        <translation>চালু</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="48"/>
        <source>off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="49"/>
        <source>completed</source>
        <translation>সম্পূর্ণ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="50"/>
        <source>stopped</source>
        <translation>থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="51"/>
        <source>failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="52"/>
        <source>simulated</source>
        <translation>সিমুলেটেড</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="53"/>
        <source>observed</source>
        <translation>আসল প্রোগ্রাম</translation>
    </message>
    <message>
        <location filename="../../ui/export/data_export.cpp" line="54"/>
        <source>opened</source>
        <translation>সংরক্ষিত রান</translation>
    </message>
</context>
<context>
    <name>conclab::ui::Errno</name>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="40"/>
        <source>Operation not permitted</source>
        <translation>কাজটি করার অনুমতি নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="41"/>
        <source>No such file or directory</source>
        <translation>এমন কোনো ফাইল বা ফোল্ডার নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="42"/>
        <source>No such process</source>
        <translation>এমন কোনো প্রসেস নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="43"/>
        <source>Interrupted system call</source>
        <translation>সিস্টেম কল মাঝপথে থেমে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="44"/>
        <source>Input/output error</source>
        <translation>ইনপুট/আউটপুট (I/O) ত্রুটি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="45"/>
        <source>Argument list too long</source>
        <translation>আর্গুমেন্টের তালিকা খুব লম্বা</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="46"/>
        <source>Exec format error</source>
        <translation>চালানো যায় এমন ফাইলের ফরম্যাট নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="47"/>
        <source>Bad file descriptor</source>
        <translation>ভুল ফাইল ডেসক্রিপ্টর</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="48"/>
        <source>No child processes</source>
        <translation>কোনো চাইল্ড প্রসেস নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="49"/>
        <source>Resource temporarily unavailable</source>
        <translation>রিসোর্স এই মুহূর্তে পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="50"/>
        <source>Cannot allocate memory</source>
        <translation>মেমরি পাওয়া গেল না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="51"/>
        <source>Permission denied</source>
        <translation>অনুমতি নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="52"/>
        <source>Device or resource busy</source>
        <translation>ডিভাইস বা রিসোর্স ব্যস্ত</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="53"/>
        <source>File exists</source>
        <translation>ফাইলটি আগে থেকেই আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="54"/>
        <source>Invalid cross-device link</source>
        <translation>এক ডিভাইস থেকে আরেক ডিভাইসে লিংক করা যায় না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="55"/>
        <source>Not a directory</source>
        <translation>এটি ফোল্ডার নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="56"/>
        <source>Is a directory</source>
        <translation>এটি একটি ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="57"/>
        <source>Invalid argument</source>
        <translation>ভুল আর্গুমেন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="58"/>
        <source>Too many open files in system</source>
        <translation>সিস্টেমে খুব বেশি ফাইল খোলা আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="59"/>
        <source>Too many open files</source>
        <translation>খুব বেশি ফাইল খোলা আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="60"/>
        <source>Text file busy</source>
        <translation>প্রোগ্রাম ফাইলটি ব্যস্ত</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="61"/>
        <source>File too large</source>
        <translation>ফাইলটি খুব বড়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="62"/>
        <source>No space left on device</source>
        <translation>ডিভাইসে আর জায়গা নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="63"/>
        <source>Read-only file system</source>
        <translation>ফাইল সিস্টেমটি শুধু পড়া যায়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="64"/>
        <source>Broken pipe</source>
        <translation>পাইপ ভেঙে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="65"/>
        <source>File name too long</source>
        <translation>ফাইলের নাম খুব লম্বা</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="66"/>
        <source>Function not implemented</source>
        <translation>ফাংশনটি এই সিস্টেমে নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="67"/>
        <source>Directory not empty</source>
        <translation>ফোল্ডারটি খালি নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="68"/>
        <source>Too many levels of symbolic links</source>
        <translation>খুব বেশি স্তরের সিম্বলিক লিংক</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="69"/>
        <source>Address already in use</source>
        <translation>ঠিকানাটি আগে থেকেই ব্যবহার হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="70"/>
        <source>Cannot assign requested address</source>
        <translation>চাওয়া ঠিকানাটি দেওয়া গেল না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="71"/>
        <source>Network is unreachable</source>
        <translation>নেটওয়ার্কে পৌঁছানো যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="72"/>
        <source>Connection reset by peer</source>
        <translation>অন্য পক্ষ সংযোগ বিচ্ছিন্ন করেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="73"/>
        <source>Connection timed out</source>
        <translation>সংযোগের সময় পার হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="74"/>
        <source>Connection refused</source>
        <translation>সংযোগ প্রত্যাখ্যাত হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="75"/>
        <source>Disk quota exceeded</source>
        <translation>ডিস্কের কোটা শেষ</translation>
    </message>
</context>
<context>
    <name>conclab::ui::ExperimentPanel</name>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="146"/>
        <source>&amp;Workload:</source>
        <translation>কাজের ধরন (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="149"/>
        <source>Task &amp;size:</source>
        <translation>টাস্কের আকার (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="150"/>
        <source>How much each task does, measured on this machine: 50ms, 1.5s (time), 4MiB (file size), 20@10ms (network: 20 requests to a server that takes 10 ms to answer each), 10ms/20msx5 (mixed: compute/wait × repeats)</source>
        <translation>প্রতিটি টাস্ক কতটা কাজ করে, এই কম্পিউটারে মেপে: 50ms, 1.5s (সময়), 4MiB (ফাইলের আকার), 20@10ms (নেটওয়ার্ক: এমন সার্ভারে 20টি রিকোয়েস্ট, যে প্রতিটির উত্তর দিতে 10 ms নেয়), 10ms/20msx5 (মিশ্র: ক্যালকুলেশন/ওয়েট × কতবার)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="153"/>
        <source>&amp;Tasks:</source>
        <translation>টাস্ক (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="154"/>
        <source>1 to %1 tasks. The threads model starts one thread per task (at most %2), the processes model one process per task (at most %3); the pools take any number.</source>
        <translation>%1টি পর্যন্ত টাস্ক। থ্রেড মডেল প্রতি টাস্কে একটি থ্রেড চালু করে (সর্বোচ্চ %2টি), প্রসেস মডেল প্রতি টাস্কে একটি প্রসেস (সর্বোচ্চ %3টি); পুল যেকোনো সংখ্যা নিতে পারে।</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="157"/>
        <source>Run &amp;model:</source>
        <translation>রান মডেল (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="160"/>
        <source>Wor&amp;kers (max_workers):</source>
        <translation>ওয়ার্কার (max_workers) (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="161"/>
        <source>max_workers of the pool: how many workers take tasks from the queue (at most %1 threads, or %2 processes)</source>
        <translation>পুলের max_workers: কতজন ওয়ার্কার সারি থেকে টাস্ক নেয় (সর্বোচ্চ %1টি থ্রেড, বা %2টি প্রসেস)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="164"/>
        <source>Simulated &amp;GIL (like CPython)</source>
        <translation>সিমুলেটেড GIL (CPython-এর মতো) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="165"/>
        <source>sys.setswitchinterval(): how long a thread may keep the GIL while another waits (0.1 ms to 100 ms, logarithmic)</source>
        <translation>sys.setswitchinterval(): আরেকটি থ্রেড ওয়েট করলে একটি থ্রেড কতক্ষণ GIL ধরে রাখতে পারে (0.1 ms থেকে 100 ms, লগারিদমিক)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="167"/>
        <source>Switch &amp;interval:</source>
        <translation>সুইচ ইন্টারভ্যাল (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="246"/>
        <source>e.g. %1</source>
        <translation>যেমন %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="247"/>
        <source>like Python&apos;s %1</source>
        <translation>Python-এর %1-এর মতো</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="261"/>
        <source>On: only one thread runs Python code at a time. Off: threads run in parallel, like free-threaded Python 3.13t.</source>
        <translation>চালু: এক সময়ে শুধু একটি থ্রেড Python কোড চালায়। বন্ধ: থ্রেডগুলো প্যারালেল চলে, free-threaded Python 3.13t-এর মতো।</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_panel.cpp" line="263"/>
        <source>Each process has its own GIL, so the GIL never serialises processes.</source>
        <translation>প্রতিটি প্রসেসের নিজের GIL আছে, তাই GIL প্রসেসগুলোকে কখনো একটার পর একটা চালাতে বাধ্য করে না।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::ExperimentSettings</name>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="38"/>
        <source>(an unreadable value)</source>
        <translation>(পড়া যায় না এমন মান)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="39"/>
        <source>(a value of type %1)</source>
        <translation>(%1 ধরনের মান)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="53"/>
        <source>it is far too large</source>
        <translation>এটি অনেক বড়</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="64"/>
        <source>expected true or false</source>
        <translation>true বা false হওয়ার কথা</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="81"/>
        <source>expected text</source>
        <translation>লেখা হওয়ার কথা</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="132"/>
        <source>it cannot be read</source>
        <translation>এটি পড়া যায় না</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="133"/>
        <source>some of its lines are not settings</source>
        <translation>এর কিছু লাইন সেটিংস নয়</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="135"/>
        <source>Settings file %1 is damaged (%2): what could be read is used, the defaults stand in for the rest.</source>
        <translation>সেটিংস ফাইল %1 নষ্ট হয়ে গেছে (%2): যা পড়া গেছে তা ব্যবহার করা হলো, বাকিগুলোর জায়গায় ডিফল্ট।</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_settings.cpp" line="145"/>
        <source>Settings file %1: %2 = %3 was not used (%4); using %5 instead.</source>
        <translation>সেটিংস ফাইল %1: %2 = %3 ব্যবহার করা হয়নি (%4); এর বদলে %5 ব্যবহার করা হচ্ছে।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::LessonGridModel</name>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="77"/>
        <source>running…</source>
        <translation>চলছে…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="78"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="81"/>
        <source>%1, machine busy</source>
        <translation>%1, কম্পিউটার ব্যস্ত</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="82"/>
        <source>%1 — fastest</source>
        <translation>%1 — সবচেয়ে দ্রুত</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_grid_model.cpp" line="87"/>
        <source>The fastest of this row cannot be told: a run of it is missing, did not finish, or ran on a busy machine.</source>
        <translation>এই সারির সবচেয়ে দ্রুত কোনটি বলা যাচ্ছে না: এর একটি রান নেই, শেষ হয়নি, বা ব্যস্ত কম্পিউটারে চলেছে।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::LessonPanel</name>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="53"/>
        <source>Lesson %1 of %2</source>
        <translation>পাঠ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="284"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="324"/>
        <source>Running %1 of %2: %3…</source>
        <translation>চলছে রান %1/%2: %3…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="325"/>
        <source>Running…</source>
        <translation>চলছে…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="362"/>
        <source>Lessons</source>
        <translation>পাঠ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="363"/>
        <source>Previous lesson (Page Up)</source>
        <translation>আগের পাঠ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="364"/>
        <source>Next lesson (Page Down)</source>
        <translation>পরের পাঠ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="365"/>
        <source>The same in Python:</source>
        <translation>Python-এ একই কাজ:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="366"/>
        <source>&amp;Copy code</source>
        <translation>কোড কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="367"/>
        <source>Copy the Python code, to run it yourself</source>
        <translation>Python কোডটি কপি করুন, নিজে চালিয়ে দেখার জন্য</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="368"/>
        <source>0 — no prediction (skip)</source>
        <translation>0 — কোনো অনুমান নয় (বাদ দিন)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="370"/>
        <source>Run the lesson (Ctrl+R)</source>
        <translation>পাঠটি চালান (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="371"/>
        <source>The experiment panel was changed: Run now runs that experiment, not the lesson&apos;s.</source>
        <translation>এক্সপেরিমেন্ট প্যানেল বদলানো হয়েছে: এখন চালান চাপলে সেই এক্সপেরিমেন্ট চলবে, পাঠেরটি নয়।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="372"/>
        <source>Set up the lesson&apos;s experiment again</source>
        <translation>পাঠের এক্সপেরিমেন্ট আবার সাজান</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="373"/>
        <source>No lessons were found.</source>
        <translation>কোনো পাঠ পাওয়া যায়নি।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="373"/>
        <source>Choose a lesson above.</source>
        <translation>ওপর থেকে একটি পাঠ বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="380"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_panel.cpp" line="386"/>
        <source>These lesson files could not be read:</source>
        <translation>এই পাঠের ফাইলগুলো পড়া গেল না:</translation>
    </message>
</context>
<context>
    <name>conclab::ui::LessonRunner</name>
    <message>
        <location filename="../../ui/lessons/lesson_runner.cpp" line="18"/>
        <source>A run is already going; stop it first.</source>
        <translation>একটি রান এখনো চলছে; আগে সেটি থামান।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runner.cpp" line="19"/>
        <source>This lesson has no experiment to run.</source>
        <translation>এই পাঠে চালানোর মতো কোনো এক্সপেরিমেন্ট নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runner.cpp" line="24"/>
        <source>The lesson could not start.</source>
        <translation>পাঠটি শুরু করা গেল না।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::LessonRunsView</name>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="43"/>
        <source>The lesson&apos;s runs, one above the other</source>
        <translation>পাঠের রানগুলো, একটির নিচে আরেকটি</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="124"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="125"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="126"/>
        <source>%1 — machine busy</source>
        <translation>%1 — কম্পিউটার ব্যস্ত</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="129"/>
        <source>%1 — running…</source>
        <translation>%1 — চলছে…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_runs_view.cpp" line="130"/>
        <source>%1 — not run yet</source>
        <translation>%1 — এখনো চালানো হয়নি</translation>
    </message>
</context>
<context>
    <name>conclab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="160"/>
        <source>Concurrency Lab</source>
        <translation>কনকারেন্সি ল্যাব</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="161"/>
        <source>Experiment</source>
        <translation>এক্সপেরিমেন্ট</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="162"/>
        <source>Comparison table</source>
        <translation>তুলনার টেবিল</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="144"/>
        <source>Ready</source>
        <translation>প্রস্তুত</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="137"/>
        <source>Switch interval now %1, from the next wait for the GIL</source>
        <translation>সুইচ ইন্টারভ্যাল এখন %1, GIL-এর জন্য পরের ওয়েট থেকে</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="205"/>
        <source>Stopping…</source>
        <translation>থামানো হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="232"/>
        <source>Showing run %1: %2</source>
        <translation>রান %1 দেখানো হচ্ছে: %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="250"/>
        <source>Replaying: %1</source>
        <translation>রিপ্লে হচ্ছে: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="252"/>
        <source>Running: %1</source>
        <translation>চলছে: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="272"/>
        <source>Finished</source>
        <translation>শেষ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="273"/>
        <source>Stopped</source>
        <translation>থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="274"/>
        <source>Failed: %1</source>
        <translation>ব্যর্থ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="275"/>
        <source>%1 in %2: %3</source>
        <translation>%2-এ %1: %3</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="369"/>
        <source>Some settings were not used</source>
        <translation>কিছু সেটিংস ব্যবহার করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="168"/>
        <location filename="../../ui/window/main_window.cpp" line="300"/>
        <source>Elapsed %1</source>
        <translation>পার হয়েছে %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="195"/>
        <location filename="../../ui/window/main_window_actions.cpp" line="223"/>
        <source>&amp;Run</source>
        <translation>চালান (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="196"/>
        <source>Run the experiment (Ctrl+R)</source>
        <translation>এক্সপেরিমেন্টটি চালান (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="197"/>
        <source>&amp;Stop</source>
        <translation>থামান (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="198"/>
        <source>Stop the run (Esc)</source>
        <translation>রানটি থামান (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="199"/>
        <source>&amp;Compare all</source>
        <translation>সব মডেলে তুলনা (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="200"/>
        <source>Run this workload under every model in turn and compare (Ctrl+Shift+R)</source>
        <translation>এই কাজটি একে একে প্রতিটি মডেলে চালিয়ে তুলনা করুন (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="201"/>
        <source>&amp;Fit</source>
        <translation>পুরোটা দেখান (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="202"/>
        <source>Show the whole run (Ctrl+0, or double-click the timeline)</source>
        <translation>পুরো রানটি দেখান (Ctrl+0, বা টাইমলাইনে ডাবল-ক্লিক)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="203"/>
        <source>Show &amp;timeline of selected run</source>
        <translation>বাছাই করা রানের টাইমলাইন দেখান (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="204"/>
        <source>&amp;Remove selected run</source>
        <translation>বাছাই করা রান সরান (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="205"/>
        <source>C&amp;lear table</source>
        <translation>টেবিল খালি করুন (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="206"/>
        <source>Timeline as &amp;picture (PNG, SVG, PDF)…</source>
        <translation>টাইমলাইন ছবি হিসেবে (PNG, SVG, PDF) (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="207"/>
        <source>&amp;Whole window as picture…</source>
        <translation>পুরো উইন্ডো ছবি হিসেবে (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="208"/>
        <source>&amp;Trace for Perfetto (JSON)…</source>
        <translation>Perfetto-র জন্য ট্রেস (JSON) (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="209"/>
        <source>Comparison &amp;table (CSV)…</source>
        <translation>তুলনার টেবিল (CSV) (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="210"/>
        <source>&amp;Web page handout (HTML)…</source>
        <translation>ওয়েব পেজ হ্যান্ডআউট (HTML) (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="211"/>
        <source>One .html file with the timeline, table and chart that opens offline in any browser (Ctrl+Shift+E)</source>
        <translation>টাইমলাইন, টেবিল ও চার্টসহ একটি .html ফাইল, যা যেকোনো ব্রাউজারে অফলাইনে খোলে (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="214"/>
        <source>Run beside real &amp;Python</source>
        <translation>আসল Python-এর পাশাপাশি চালান (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="215"/>
        <source>Run the experiment, then a Python script doing the same work under real CPython, and compare both (Ctrl+Alt+R)</source>
        <translation>এক্সপেরিমেন্টটি চালান, তারপর একই কাজ করা একটি Python স্ক্রিপ্ট আসল CPython-এ চালান, এবং দুটির তুলনা করুন (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="217"/>
        <source>O&amp;bserve a program…</source>
        <translation>একটি প্রোগ্রাম পর্যবেক্ষণ করুন (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="218"/>
        <source>Run a real program (e.g. python3 script.py) and draw its threads, processes and GIL (Ctrl+Shift+O)</source>
        <translation>একটি আসল প্রোগ্রাম চালান (যেমন python3 script.py) এবং তার থ্রেড, প্রসেস আর GIL আঁকুন (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="220"/>
        <source>Run</source>
        <translation>রান</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="221"/>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="222"/>
        <source>&amp;Export</source>
        <translation>এক্সপোর্ট (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="224"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="81"/>
        <source>&amp;View</source>
        <translation>দেখুন (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="225"/>
        <source>&amp;Table</source>
        <translation>টেবিল (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="226"/>
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="227"/>
        <source>&amp;Digits</source>
        <translation>অঙ্ক (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="228"/>
        <source>&amp;Bengali digits (০১২৩)</source>
        <translation>বাংলা অঙ্ক (০১২৩) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="229"/>
        <source>&amp;Latin digits (0123)</source>
        <translation>ল্যাটিন অঙ্ক (0123) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="234"/>
        <source>How numbers are written in Bengali</source>
        <translation>বাংলায় সংখ্যা কোন অঙ্কে লেখা হবে</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="239"/>
        <source>There is no timeline to export yet: run an experiment first.</source>
        <translation>এক্সপোর্ট করার মতো কোনো টাইমলাইন এখনো নেই: আগে একটি এক্সপেরিমেন্ট চালান।</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="257"/>
        <source>There is no finished run to export yet.</source>
        <translation>এক্সপোর্ট করার মতো কোনো শেষ হওয়া রান এখনো নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="265"/>
        <source>There is no finished run to export yet: run an experiment first.</source>
        <translation>এক্সপোর্ট করার মতো কোনো শেষ হওয়া রান এখনো নেই: আগে একটি এক্সপেরিমেন্ট চালান।</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="282"/>
        <source>Export a web page handout</source>
        <translation>ওয়েব পেজ হ্যান্ডআউট এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="283"/>
        <source>Web page (*.html)</source>
        <translation>ওয়েব পেজ (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="288"/>
        <source>Export the timeline</source>
        <translation>টাইমলাইন এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="289"/>
        <location filename="../../ui/window/main_window_actions.cpp" line="295"/>
        <source>PNG image (*.png)</source>
        <translation>PNG ছবি (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="289"/>
        <location filename="../../ui/window/main_window_actions.cpp" line="295"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG ছবি (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="289"/>
        <location filename="../../ui/window/main_window_actions.cpp" line="295"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ডকুমেন্ট (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="294"/>
        <source>Export the whole window</source>
        <translation>পুরো উইন্ডো এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="300"/>
        <source>Export the trace</source>
        <translation>ট্রেস এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="301"/>
        <source>Trace Event JSON for Perfetto (*.json)</source>
        <translation>Perfetto-র জন্য Trace Event JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="307"/>
        <source>Export the comparison table</source>
        <translation>তুলনার টেবিল এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="307"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV টেবিল (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="313"/>
        <source>Saved %1</source>
        <translation>সংরক্ষণ করা হলো %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="316"/>
        <source>Export failed</source>
        <translation>এক্সপোর্ট ব্যর্থ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="48"/>
        <location filename="../../ui/window/main_window_lessons.cpp" line="202"/>
        <source>Lessons</source>
        <translation>পাঠ</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="84"/>
        <location filename="../../ui/window/main_window_lessons.cpp" line="203"/>
        <source>Lesson runs</source>
        <translation>পাঠের রান</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="149"/>
        <location filename="../../ui/window/main_window_lessons.cpp" line="207"/>
        <source>Run the &amp;lesson</source>
        <translation>পাঠটি চালান (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="153"/>
        <location filename="../../ui/window/main_window_lessons.cpp" line="209"/>
        <source>&amp;Next lesson</source>
        <translation>পরের পাঠ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="159"/>
        <location filename="../../ui/window/main_window_lessons.cpp" line="210"/>
        <source>&amp;Previous lesson</source>
        <translation>আগের পাঠ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="201"/>
        <source>&amp;Lessons</source>
        <translation>পাঠ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="206"/>
        <source>Show &amp;lessons</source>
        <translation>পাঠ দেখান (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="208"/>
        <source>Run the lesson&apos;s experiments and check the prediction (Ctrl+Shift+L)</source>
        <translation>পাঠের এক্সপেরিমেন্টগুলো চালান এবং অনুমান যাচাই করুন (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="212"/>
        <source>Predict answer %1</source>
        <translation>উত্তর %1 অনুমান করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="213"/>
        <source>No prediction</source>
        <translation>কোনো অনুমান নয়</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="238"/>
        <source>Simulated by conclab</source>
        <translation>conclab-এর সিমুলেশন</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="238"/>
        <source>Real CPython, the same work</source>
        <translation>আসল CPython, একই কাজ</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_lessons.cpp" line="303"/>
        <source>A run is already going; stop it first.</source>
        <translation>একটি রান এখনো চলছে; আগে সেটি থামান।</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="22"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="70"/>
        <source>Output</source>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="36"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="71"/>
        <source>&amp;Presenter mode</source>
        <translation>প্রেজেন্টার মোড (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="40"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="72"/>
        <source>Full screen with large text for a projector (F11)</source>
        <translation>প্রজেক্টরের জন্য বড় লেখাসহ পুরো স্ক্রিন (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="44"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="73"/>
        <source>&amp;High-contrast colours</source>
        <translation>হাই-কনট্রাস্ট রং (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="48"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="74"/>
        <source>Stronger colours and black outlines for a washed-out projector (Shift+F11)</source>
        <translation>ফ্যাকাশে প্রজেক্টরের জন্য গাঢ় রং আর কালো বর্ডার (Shift+F11)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="55"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="75"/>
        <source>Zoom &amp;in</source>
        <translation>বড় করুন (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_presenter.cpp" line="60"/>
        <location filename="../../ui/window/main_window_presenter.cpp" line="76"/>
        <source>Zoom &amp;out</source>
        <translation>ছোট করুন (&amp;O)</translation>
    </message>
</context>
<context>
    <name>conclab::ui::Message</name>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="94"/>
        <source>duration is empty: expected a number with a unit such as 50ms, 1.5s or 200us</source>
        <translation>সময়কাল খালি: একক-সহ একটি সংখ্যা দিন, যেমন 50ms, 1.5s বা 200us</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="97"/>
        <source>duration %1 is negative</source>
        <translation>সময়কাল %1 ঋণাত্মক</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="99"/>
        <source>cannot read duration %1: expected a number with a unit such as 50ms, 1.5s or 200us</source>
        <translation>সময়কাল %1 পড়া গেল না: একক-সহ একটি সংখ্যা দিন, যেমন 50ms, 1.5s বা 200us</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="103"/>
        <source>duration %1 has no unit: write e.g. %2ms or %2s</source>
        <translation>সময়কাল %1-এর কোনো একক নেই: লিখুন যেমন %2ms বা %2s</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="105"/>
        <source>duration %1 has an unknown unit %2: use ns, us, ms, s or m (minutes)</source>
        <translation>সময়কাল %1-এর একক %2 অজানা: ns, us, ms, s বা m (মিনিট) ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="108"/>
        <source>duration %1 is too large</source>
        <translation>সময়কাল %1 খুব বড়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="110"/>
        <source>duration %1 is finer than a nanosecond</source>
        <translation>সময়কাল %1 এক ন্যানোসেকেন্ডের চেয়েও সূক্ষ্ম</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="112"/>
        <source>size is empty: expected a size such as 4MiB, 512KB or 100 (bytes)</source>
        <translation>আকার খালি: একটি আকার দিন, যেমন 4MiB, 512KB বা 100 (বাইট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="115"/>
        <source>size %1 is negative</source>
        <translation>আকার %1 ঋণাত্মক</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="117"/>
        <source>cannot read size %1: expected a size such as 4MiB, 512KB or 100 (bytes)</source>
        <translation>আকার %1 পড়া গেল না: একটি আকার দিন, যেমন 4MiB, 512KB বা 100 (বাইট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="120"/>
        <source>size %1 has an unknown unit %2: use B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024)</source>
        <translation>আকার %1-এর একক %2 অজানা: B, KB, MB, GB (1000-এর ঘাত) বা KiB, MiB, GiB (1024-এর ঘাত) ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="124"/>
        <source>size %1 is too large</source>
        <translation>আকার %1 খুব বড়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="126"/>
        <source>size %1 is not a whole number of bytes</source>
        <translation>আকার %1 পূর্ণসংখ্যক বাইট নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="128"/>
        <source>count is empty: expected a whole number such as 100</source>
        <translation>সংখ্যা খালি: একটি পূর্ণসংখ্যা দিন, যেমন 100</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="130"/>
        <source>count %1 is negative</source>
        <translation>সংখ্যা %1 ঋণাত্মক</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="132"/>
        <source>cannot read count %1: expected a whole number such as 100</source>
        <translation>সংখ্যা %1 পড়া গেল না: একটি পূর্ণসংখ্যা দিন, যেমন 100</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="135"/>
        <source>count %1 is too large</source>
        <translation>সংখ্যা %1 খুব বড়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="138"/>
        <source>workload is empty: expected &lt;kind&gt;:&lt;amount&gt; such as cpu:50ms; kinds are %1</source>
        <translation>কাজ খালি: &lt;kind&gt;:&lt;amount&gt; দিন, যেমন cpu:50ms; ধরনগুলো হলো %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="141"/>
        <source>cannot read workload %1: expected &lt;kind&gt;:&lt;amount&gt; such as cpu:50ms; kinds are %2</source>
        <translation>কাজ %1 পড়া গেল না: &lt;kind&gt;:&lt;amount&gt; দিন, যেমন cpu:50ms; ধরনগুলো হলো %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="145"/>
        <source>unknown workload kind %1 in %2: valid kinds are %3</source>
        <translation>%2-এ কাজের ধরন %1 অজানা: চলবে এমন ধরন হলো %3</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="147"/>
        <source>cpu time in %1 is zero: a step must take some time</source>
        <translation>%1-এ cpu সময় শূন্য: প্রতিটি ধাপে কিছু সময় লাগতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="149"/>
        <source>sleep time in %1 is zero: a step must take some time</source>
        <translation>%1-এ sleep সময় শূন্য: প্রতিটি ধাপে কিছু সময় লাগতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="151"/>
        <source>file time in %1 is zero: a step must take some time</source>
        <translation>%1-এ file সময় শূন্য: প্রতিটি ধাপে কিছু সময় লাগতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="153"/>
        <source>cpu time %1 in %2 is over the limit of %3 (%4 minutes)</source>
        <translation>%2-এ cpu সময় %1 সীমা %3 (%4 মিনিট) ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="155"/>
        <source>sleep time %1 in %2 is over the limit of %3 (%4 minutes)</source>
        <translation>%2-এ sleep সময় %1 সীমা %3 (%4 মিনিট) ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="158"/>
        <source>file time %1 in %2 is over the limit of %3 (%4 minutes)</source>
        <translation>%2-এ file সময় %1 সীমা %3 (%4 মিনিট) ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="160"/>
        <source>cannot read file amount %1 in %2: expected a size such as 4MiB or a duration such as 50ms</source>
        <translation>%2-এ ফাইলের পরিমাণ %1 পড়া গেল না: 4MiB-এর মতো আকার বা 50ms-এর মতো সময়কাল দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="164"/>
        <source>file size in %1 is zero: write at least 1 byte</source>
        <translation>%1-এ ফাইলের আকার শূন্য: অন্তত এক বাইট লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="166"/>
        <source>file size %1 in %2 is over the limit of %3</source>
        <translation>%2-এ ফাইলের আকার %1 সীমা %3 ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="168"/>
        <source>%1 (round trips in %2)</source>
        <translation>%1 (%2-এ রিকোয়েস্টের সংখ্যা)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="170"/>
        <source>round trips in %1 is zero: make at least 1</source>
        <translation>%1-এ রিকোয়েস্টের সংখ্যা শূন্য: অন্তত একটি দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="172"/>
        <source>round trips %1 in %2 is over the limit of %3</source>
        <translation>%2-এ রিকোয়েস্টের সংখ্যা %1 সীমা %3 ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="174"/>
        <source>%1 (server time in %2, e.g. net:50@10ms)</source>
        <translation>%1 (%2-এ সার্ভারের সময়, যেমন net:50@10ms)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="176"/>
        <source>server time %1 in %2 is over the limit of %3</source>
        <translation>%2-এ সার্ভারের সময় %1 সীমা %3 ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="178"/>
        <source>cannot read mixed workload %1: expected mixed:&lt;cpu time&gt;/&lt;sleep time&gt;x&lt;repeats&gt;, e.g. mixed:10ms/20msx5</source>
        <translation>মিশ্র কাজ %1 পড়া গেল না: mixed:&lt;cpu time&gt;/&lt;sleep time&gt;x&lt;repeats&gt; দিন, যেমন mixed:10ms/20msx5</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="182"/>
        <source>cannot read repeats %1 in %2: expected mixed:&lt;cpu time&gt;/&lt;sleep time&gt;x&lt;repeats&gt;, e.g. mixed:10ms/20msx5</source>
        <translation>%2-এ পুনরাবৃত্তি %1 পড়া গেল না: mixed:&lt;cpu time&gt;/&lt;sleep time&gt;x&lt;repeats&gt; দিন, যেমন mixed:10ms/20msx5</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="186"/>
        <source>repeats in %1 is zero: repeat at least once</source>
        <translation>%1-এ পুনরাবৃত্তি শূন্য: অন্তত একবার দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="188"/>
        <source>repeats %1 in %2 is over the limit of %3</source>
        <translation>%2-এ পুনরাবৃত্তি %1 সীমা %3 ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="190"/>
        <source>cannot read %1: expected numbers:&lt;sleep time&gt;x&lt;count&gt;, e.g. numbers:1sx5</source>
        <translation>%1 পড়া গেল না: numbers:&lt;sleep time&gt;x&lt;count&gt; দিন, যেমন numbers:1sx5</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="193"/>
        <source>%1 (additions in %2, e.g. counter:1000000 or counter:1000000/lock)</source>
        <translation>%1 (%2-এ যোগের সংখ্যা, যেমন counter:1000000 বা counter:1000000/lock)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="196"/>
        <source>additions in %1 is zero: add at least once</source>
        <translation>%1-এ যোগের সংখ্যা শূন্য: অন্তত একবার যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="198"/>
        <source>additions %1 in %2 is over the limit of %3</source>
        <translation>%2-এ যোগের সংখ্যা %1, সীমা %3-এর বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="200"/>
        <source>unknown counter option %1 in %2: the one option is /lock</source>
        <translation>%2-এ কাউন্টারের অপশন %1 অজানা: একমাত্র অপশন হলো /lock</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="203"/>
        <source>%1 has more than %2 parts separated by |</source>
        <translation>%1-এ | দিয়ে আলাদা করা অংশ %2টির বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="205"/>
        <source>%1 has an empty part: write a workload on each side of |</source>
        <translation>%1-এ একটি অংশ খালি: | এর দুই পাশেই একটি কাজের ধরন লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="209"/>
        <source>the file is %1 bytes, more than the %2 bytes this reader takes</source>
        <translation>ফাইলটি %1 বাইট, অথচ এই রিডার সর্বোচ্চ %2 বাইট পড়ে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="212"/>
        <source>the text ends in the middle of a value</source>
        <translation>একটি মানের মাঝখানে লেখা শেষ হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="214"/>
        <source>unexpected %1</source>
        <translation>অপ্রত্যাশিত %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="216"/>
        <source>more text after the end of the document</source>
        <translation>ডকুমেন্ট শেষ হওয়ার পরেও আরও লেখা আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="218"/>
        <source>more than %1 values in one document</source>
        <translation>একটি ডকুমেন্টে %1টির বেশি মান</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="220"/>
        <source>lists and objects nested deeper than %1 levels</source>
        <translation>লিস্ট আর অবজেক্ট %1 স্তরের বেশি গভীরে নেস্ট করা</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="222"/>
        <source>the key %1 appears twice in one object</source>
        <translation>একটি অবজেক্টে key %1 দুবার আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="224"/>
        <source>%1 is not a number as JSON writes numbers (e.g. 4, 0.5, 1e3)</source>
        <translation>%1 এমন সংখ্যা নয় যেভাবে JSON সংখ্যা লেখে (যেমন 4, 0.5, 1e3)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="227"/>
        <source>the number %1 is too large</source>
        <translation>সংখ্যা %1 খুব বড়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="229"/>
        <source>a text that starts here is not closed with a double quote</source>
        <translation>এখানে শুরু হওয়া একটি লেখা ডাবল কোট দিয়ে বন্ধ করা হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="232"/>
        <source>a control character (a line break or tab) inside a text: write \n or \t</source>
        <translation>একটি লেখার ভেতরে কন্ট্রোল ক্যারেক্টার (লাইন ব্রেক বা ট্যাব): \n বা \t লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="235"/>
        <source>bytes that are not UTF-8 text: save the file as UTF-8</source>
        <translation>এমন বাইট যা UTF-8 লেখা নয়: ফাইলটি UTF-8 হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="237"/>
        <source>unknown escape %1 in a text</source>
        <translation>একটি লেখায় অজানা এস্কেপ %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="239"/>
        <source>a text longer than %1 bytes</source>
        <translation>%1 বাইটের চেয়ে লম্বা একটি লেখা</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="241"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, লাইন %2, কলাম %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="243"/>
        <location filename="../../ui/text/message_text.cpp" line="293"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="245"/>
        <source>cannot read the file: %1</source>
        <translation>ফাইলটি পড়া গেল না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="247"/>
        <source>cannot read the lesson folder %1: %2</source>
        <translation>পাঠের ফোল্ডার %1 পড়া গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="249"/>
        <source>more than %1 lesson files in one folder: this one was not read</source>
        <translation>একটি ফোল্ডারে %1টির বেশি পাঠের ফাইল: এটি পড়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="252"/>
        <source>a lesson file holds one object: { &quot;format&quot;: &quot;conclab-lesson&quot;, ... }</source>
        <translation>একটি পাঠের ফাইলে একটি অবজেক্ট থাকে: { &quot;format&quot;: &quot;conclab-lesson&quot;, ... }</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="255"/>
        <source>%1 is not a lesson: write &quot;format&quot;: &quot;conclab-lesson&quot;</source>
        <translation>%1 কোনো পাঠ নয়: &quot;format&quot;: &quot;conclab-lesson&quot; লিখুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="258"/>
        <source>lesson format version %1 is newer than this program reads (%2)</source>
        <translation>পাঠের ফরম্যাট ভার্সন %1 এই প্রোগ্রাম যা পড়তে পারে (%2) তার চেয়ে নতুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="261"/>
        <source>%1 is missing</source>
        <translation>%1 নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="263"/>
        <source>unknown field %1; fields here are %2</source>
        <translation>অজানা ফিল্ড %1; এখানকার ফিল্ডগুলো হলো %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="265"/>
        <source>%1 must be a text in double quotes</source>
        <translation>%1 ডাবল কোটের ভেতরে একটি লেখা হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="267"/>
        <source>%1 must be a number</source>
        <translation>%1 একটি সংখ্যা হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="269"/>
        <source>%1 must be a whole number</source>
        <translation>%1 একটি পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="271"/>
        <source>%1 must be true or false</source>
        <translation>%1 true বা false হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="273"/>
        <source>%1 must be a list [ ... ]</source>
        <translation>%1 একটি লিস্ট [ ... ] হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="275"/>
        <source>%1 must be an object { ... }</source>
        <translation>%1 একটি অবজেক্ট { ... } হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="277"/>
        <source>%1 must be a text, or an object with an English (en) and a Bengali (bn) text</source>
        <translation>%1 একটি লেখা হতে হবে, অথবা ইংরেজি (en) ও বাংলা (bn) লেখাসহ একটি অবজেক্ট</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="280"/>
        <source>%1 has no text in either language</source>
        <translation>%1-এ কোনো ভাষাতেই লেখা নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="282"/>
        <source>%1 is %2; it must be from %3 to %4</source>
        <translation>%1 হলো %2; এটি %3 থেকে %4 হতে হবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="284"/>
        <source>%1 has %2 entries; it must have %3 to %4</source>
        <translation>%1-এ %2টি এন্ট্রি আছে; থাকতে হবে %3 থেকে %4টি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="286"/>
        <source>%1: %2 is not a valid id (use a-z, 0-9 and -)</source>
        <translation>%1: %2 বৈধ id নয় (a-z, 0-9 আর - ব্যবহার করুন)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="288"/>
        <source>%1: %2 is not a valid figure name (use a-z, 0-9 and _, starting with a letter)</source>
        <translation>%1: %2 বৈধ মানের নাম নয় (a-z, 0-9 আর _ ব্যবহার করুন, শুরু হবে একটি অক্ষর দিয়ে)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="291"/>
        <source>%1: the id %2 is used twice</source>
        <translation>%1: id %2 দুবার ব্যবহার করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="295"/>
        <source>%1 names the run %2, but no run has that id</source>
        <translation>%1-এ রান %2-এর নাম আছে, কিন্তু ওই id-র কোনো রান নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="297"/>
        <source>%1: unknown measure %2; measures are %3</source>
        <translation>%1: অজানা মাপ %2; মাপগুলো হলো %3</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="299"/>
        <source>%1: the measure %2 compares two runs: name the other one in &quot;over&quot;</source>
        <translation>%1: মাপ %2 দুটি রানের তুলনা করে: &quot;over&quot;-এ অন্যটির নাম দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="302"/>
        <source>%1: the measure %2 is of one run: remove &quot;over&quot;</source>
        <translation>%1: মাপ %2 একটি রানের: &quot;over&quot; সরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="304"/>
        <source>%1: cannot read the rule %2 at character %3</source>
        <translation>%1: নিয়ম %2 অক্ষর %3-এ পড়া গেল না</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="306"/>
        <source>%1: the rule %2 names %3, which is not one of the lesson&apos;s figures</source>
        <translation>%1: নিয়ম %2-এ %3-এর নাম আছে, যা পাঠের কোনো মান নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="309"/>
        <source>%1: the rule %2 reads none of the lesson&apos;s figures: an answer is graded from what was measured</source>
        <translation>%1: নিয়ম %2 পাঠের কোনো মানই পড়ে না: উত্তর যাচাই করা হয় যা মাপা হলো তা দিয়ে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="312"/>
        <source>%1: the rule is longer than %2 characters or has more than %3 parts</source>
        <translation>%1: নিয়মটি %2 অক্ষরের চেয়ে লম্বা বা এর %3টির বেশি অংশ আছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="315"/>
        <source>%1 names the figure {%2}, which the lesson does not define</source>
        <translation>%1-এ মান {%2}-এর নাম আছে, যা পাঠে সংজ্ঞায়িত নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="318"/>
        <source>%1: a { is not closed by } (write {{ and }} for the braces themselves)</source>
        <translation>%1: একটি { } দিয়ে বন্ধ করা হয়নি (বন্ধনী নিজে লিখতে {{ আর }} লিখুন)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="321"/>
        <source>%1: a run is placed in a grid cell, but the lesson has no grid</source>
        <translation>%1: একটি রান গ্রিডের ঘরে রাখা হয়েছে, কিন্তু পাঠে কোনো গ্রিড নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="324"/>
        <source>%1: the grid row %2 has no run in column %3</source>
        <translation>%1: গ্রিডের সারি %2-এর কলাম %3-এ কোনো রান নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="326"/>
        <source>%1: two runs fill the grid cell %2 × %3</source>
        <translation>%1: গ্রিডের ঘর %2 × %3 দুটি রান দখল করেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="328"/>
        <source>%1: the grid has no row or column %2</source>
        <translation>%1: গ্রিডে %2 নামে কোনো সারি বা কলাম নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="330"/>
        <source>the lesson id %1 is also used by %2: this file was not read</source>
        <translation>পাঠের id %1 %2-এও ব্যবহার করা হয়েছে: এই ফাইলটি পড়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="333"/>
        <source>there is no lesson %1; the lessons are %2</source>
        <translation>%1 নামে কোনো পাঠ নেই; পাঠগুলো হলো %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="336"/>
        <source>run model is empty: valid models are %1</source>
        <translation>রান মডেল খালি: চলবে এমন মডেল হলো %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="338"/>
        <source>unknown run model %1: valid models are %2</source>
        <translation>রান মডেল %1 অজানা: চলবে এমন মডেল হলো %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="340"/>
        <source>the workload has no steps: choose one such as cpu:50ms</source>
        <translation>কাজে কোনো ধাপ নেই: cpu:50ms-এর মতো একটি বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="342"/>
        <source>tasks %1 is out of range: use %2 to %3</source>
        <translation>টাস্ক %1 সীমার বাইরে: %2 থেকে %3 দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="344"/>
        <source>tasks %1 is over the limit of %2 for the threads model (one thread per task); use thread-pool for more tasks</source>
        <translation>থ্রেড মডেলে টাস্ক %1 সীমা %2 ছাড়িয়ে গেছে (প্রতি টাস্কে একটি থ্রেড); আরও টাস্কের জন্য thread-pool ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="348"/>
        <source>tasks %1 is over the limit of %2 for the processes model (one process per task); use process-pool for more tasks</source>
        <translation>প্রসেস মডেলে টাস্ক %1 সীমা %2 ছাড়িয়ে গেছে (প্রতি টাস্কে একটি প্রসেস); আরও টাস্কের জন্য process-pool ব্যবহার করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="352"/>
        <source>workers %1 is out of range: at least %2 worker is needed</source>
        <translation>ওয়ার্কার %1 সীমার বাইরে: অন্তত %2টি ওয়ার্কার লাগবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="355"/>
        <source>workers %1 is over the limit of %2 worker processes</source>
        <translation>ওয়ার্কার %1 সীমা %2টি ওয়ার্কার প্রসেস ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="357"/>
        <source>workers %1 is over the limit of %2 worker threads</source>
        <translation>ওয়ার্কার %1 সীমা %2টি ওয়ার্কার থ্রেড ছাড়িয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="359"/>
        <source>switch interval %1 is out of range: use %2 to %3</source>
        <translation>সুইচ ইন্টারভ্যাল %1 সীমার বাইরে: %2 থেকে %3 দিন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="361"/>
        <source>crash task %1 does not exist: tasks are numbered 0 to %2 (-1 for none)</source>
        <translation>ক্র্যাশ টাস্ক %1 নেই: টাস্কের নম্বর 0 থেকে %2 (কোনোটি না হলে -1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="365"/>
        <source>the crash option needs a process model: a crash in a thread would end the whole program</source>
        <translation>ক্র্যাশ অপশনের জন্য প্রসেস মডেল লাগবে: থ্রেডে ক্র্যাশ হলে পুরো প্রোগ্রাম বন্ধ হয়ে যাবে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="369"/>
        <source>could not start: %1</source>
        <translation>শুরু করা গেল না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="371"/>
        <source>cannot map the run&apos;s shared event memory: %1</source>
        <translation>রানের শেয়ার করা ইভেন্ট মেমরি ম্যাপ করা গেল না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="373"/>
        <source>cannot create a private folder from %1: %2</source>
        <translation>%1 থেকে একটি ব্যক্তিগত ফোল্ডার তৈরি করা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="375"/>
        <source>echo server: cannot create a socket: %1</source>
        <translation>echo সার্ভার: সকেট তৈরি করা গেল না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="377"/>
        <source>echo server: cannot listen on 127.0.0.1: %1</source>
        <translation>echo সার্ভার: 127.0.0.1-এ শোনা (listen) গেল না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="379"/>
        <location filename="../../ui/text/message_text.cpp" line="481"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="381"/>
        <source>stopped after %1</source>
        <translation>%1 পরে থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="383"/>
        <source>the machine ran out of memory for the run&apos;s events; the run was stopped</source>
        <translation>রানের ইভেন্ট রাখার মতো মেমরি কম্পিউটারে আর নেই; রানটি থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="386"/>
        <source>%1 (pid %2) killed by %3 at %4</source>
        <translation>%1 (pid %2) %4-এ %3 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="388"/>
        <source>%1 (pid %2) killed by signal %3 at %4</source>
        <translation>%1 (pid %2) %4-এ সিগন্যাল %3 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="390"/>
        <source>%1 (pid %2) exited with status %3 at %4</source>
        <translation>%1 (pid %2) %4-এ স্ট্যাটাস %3 দিয়ে বেরিয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="392"/>
        <location filename="../../ui/text/message_text.cpp" line="394"/>
        <source>%1 could not be started: %2 at %3</source>
        <translation>%1 চালু করা গেল না: %2 (%3-এ)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="396"/>
        <source>the worker program conclab-worker was not found or is not executable (looked at %1; set CONCLAB_WORKER to its path)</source>
        <translation>ওয়ার্কার প্রোগ্রাম conclab-worker পাওয়া যায়নি বা চালানো যায় না (খোঁজা হয়েছে: %1; CONCLAB_WORKER-এ তার পথ দিন)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="400"/>
        <source>the worker program named by CONCLAB_WORKER, %1, cannot be run: %2</source>
        <translation>CONCLAB_WORKER-এ দেওয়া ওয়ার্কার প্রোগ্রাম %1 চালানো যায় না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="403"/>
        <source>cannot start %1: %2</source>
        <translation>%1 চালু করা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="405"/>
        <source>task %1 failed: %2</source>
        <translation>টাস্ক %1 ব্যর্থ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="407"/>
        <source>task %1 failed: data came back different from what was sent</source>
        <translation>টাস্ক %1 ব্যর্থ: যে ডেটা পাঠানো হয়েছিল, ফিরে এসেছে অন্যরকম</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="411"/>
        <source>no program to start</source>
        <translation>চালু করার মতো কোনো প্রোগ্রাম নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="413"/>
        <source>could not start %1: no such program</source>
        <translation>%1 চালু করা গেল না: এমন কোনো প্রোগ্রাম নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="415"/>
        <source>could not start %1: it is not a program this system can run (%2)</source>
        <translation>%1 চালু করা গেল না: এটি এমন প্রোগ্রাম নয় যা এই সিস্টেম চালাতে পারে (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="417"/>
        <source>could not start the program in %1: no such folder</source>
        <translation>%1-এ প্রোগ্রামটি চালু করা গেল না: এমন কোনো ফোল্ডার নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="419"/>
        <source>could not start %1: %2</source>
        <translation>%1 চালু করা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="421"/>
        <source>the program exited with status %1</source>
        <translation>প্রোগ্রামটি স্ট্যাটাস %1 দিয়ে বেরিয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="423"/>
        <source>the program was killed by %1</source>
        <translation>প্রোগ্রামটি %1 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="425"/>
        <source>the program was killed by signal %1</source>
        <translation>প্রোগ্রামটি সিগন্যাল %1 দিয়ে বন্ধ করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="427"/>
        <source>stopped at the time limit of %1</source>
        <translation>সময়সীমা %1 পূর্ণ হওয়ায় থামানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="429"/>
        <source>the observer stopped: %1</source>
        <translation>পর্যবেক্ষক থেমে গেছে: %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="431"/>
        <source>no lesson script does %1: the scripts do one step per task (cpu:, io: or net:)</source>
        <translation>কোনো পাঠের স্ক্রিপ্ট %1 করে না: স্ক্রিপ্টগুলো প্রতি টাস্কে একটি ধাপ করে (cpu:, io: বা net:)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="434"/>
        <source>no lesson script does file I/O (%1)</source>
        <translation>কোনো পাঠের স্ক্রিপ্ট ফাইল I/O করে না (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="437"/>
        <source>cannot write: no file name given</source>
        <translation>লেখা গেল না: কোনো ফাইলের নাম দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="439"/>
        <source>cannot write %1: it is a directory</source>
        <translation>%1 লেখা গেল না: এটি একটি ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="441"/>
        <source>cannot write %1: it is neither a regular file nor a character device or pipe</source>
        <translation>%1 লেখা গেল না: এটি সাধারণ ফাইল নয়, ক্যারেক্টার ডিভাইস বা পাইপও নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="444"/>
        <source>cannot write %1: %2</source>
        <translation>%1 লেখা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="446"/>
        <source>cannot write %1: writing failed: %2</source>
        <translation>%1 লেখা গেল না: লিখতে গিয়ে ব্যর্থ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="448"/>
        <source>cannot write %1: writing failed</source>
        <translation>%1 লেখা গেল না: লিখতে গিয়ে ব্যর্থ</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="450"/>
        <source>cannot write %1: the content could not be written</source>
        <translation>%1 লেখা গেল না: বিষয়বস্তু লেখা যায়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="452"/>
        <source>cannot write %1: the file could not be closed</source>
        <translation>%1 লেখা গেল না: ফাইলটি বন্ধ করা যায়নি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="454"/>
        <source>cannot write %1: %2 is not a directory</source>
        <translation>%1 লেখা গেল না: %2 কোনো ফোল্ডার নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="456"/>
        <source>cannot write %1: directory %2 does not exist</source>
        <translation>%1 লেখা গেল না: ফোল্ডার %2 নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="461"/>
        <source>MainThread</source>
        <extracomment>The name of a lane: the program&apos;s main thread (Python calls it MainThread).</extracomment>
        <translation>মেইন থ্রেড</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="464"/>
        <source>Thread-%1</source>
        <extracomment>The name of a lane: a threading.Thread, %1 its number.</extracomment>
        <translation>থ্রেড-%1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="467"/>
        <source>ThreadPool-%1</source>
        <extracomment>The name of a lane: a worker thread of a ThreadPoolExecutor, %1 its number.</extracomment>
        <translation>থ্রেডপুল-%1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="470"/>
        <source>Process-%1</source>
        <extracomment>The name of a lane and its process: a multiprocessing.Process, %1 its number.</extracomment>
        <translation>প্রসেস-%1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="473"/>
        <source>ProcessPool-%1</source>
        <extracomment>The name of a lane and its process: a worker process of a ProcessPoolExecutor, %1 its number.</extracomment>
        <translation>প্রসেসপুল-%1</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="476"/>
        <source>asyncio loop</source>
        <extracomment>The name of a lane: the one thread that runs the asyncio event loop.</extracomment>
        <translation>asyncio লুপ</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="479"/>
        <source>Main process</source>
        <extracomment>The name of a process: the one conclab itself runs in.</extracomment>
        <translation>মেইন প্রসেস</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="484"/>
        <source>cannot open %1: %2</source>
        <translation>%1 খোলা গেল না: %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="486"/>
        <source>cannot open %1: it is a directory</source>
        <translation>%1 খোলা গেল না: এটি একটি ফোল্ডার</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="488"/>
        <source>cannot open %1: it is not a regular file (a device, a pipe or a socket)</source>
        <translation>%1 খোলা গেল না: এটি সাধারণ ফাইল নয় (একটি ডিভাইস, পাইপ বা সকেট)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="491"/>
        <source>cannot open %1: it is empty</source>
        <translation>%1 খোলা গেল না: এটি খালি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="493"/>
        <source>cannot open %1: it is %2 bytes, over the limit of %3 for a saved run</source>
        <translation>%1 খোলা গেল না: এটি %2 বাইট, সংরক্ষিত রানের সীমা %3-এর বেশি</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="496"/>
        <source>cannot open %1: it is not a saved run of Concurrency Lab (not a JSON file)</source>
        <translation>%1 খোলা গেল না: এটি কনকারেন্সি ল্যাবের সংরক্ষিত রান নয় (JSON ফাইল নয়)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="499"/>
        <source>cannot open %1: it is a compressed file; unpack it first (e.g. with gunzip)</source>
        <translation>%1 খোলা গেল না: এটি একটি সংকুচিত ফাইল; আগে এটি খুলে নিন (যেমন gunzip দিয়ে)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="502"/>
        <source>cannot open %1: it is a Perfetto trace (protobuf), not a run saved by Concurrency Lab; open it in Perfetto (ui.perfetto.dev)</source>
        <translation>%1 খোলা গেল না: এটি একটি Perfetto ট্রেস (protobuf), কনকারেন্সি ল্যাবে সংরক্ষিত রান নয়; এটি Perfetto-তে খুলুন (ui.perfetto.dev)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="506"/>
        <source>cannot open %1: it is a trace from another program (Chrome trace JSON, e.g. from VizTracer), not a run saved by Concurrency Lab; open it in Perfetto (ui.perfetto.dev)</source>
        <translation>%1 খোলা গেল না: এটি অন্য একটি প্রোগ্রামের ট্রেস (Chrome trace JSON, যেমন VizTracer থেকে), কনকারেন্সি ল্যাবে সংরক্ষিত রান নয়; এটি Perfetto-তে খুলুন (ui.perfetto.dev)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="511"/>
        <source>cannot open %1: it is a JSON file, but not a run saved by Concurrency Lab</source>
        <translation>%1 খোলা গেল না: এটি একটি JSON ফাইল, কিন্তু কনকারেন্সি ল্যাবে সংরক্ষিত রান নয়</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="514"/>
        <source>cannot open %1: it was saved by a newer Concurrency Lab (file format %2; this one reads up to %3): update conclab to open it</source>
        <translation>%1 খোলা গেল না: এটি কনকারেন্সি ল্যাবের নতুন একটি সংস্করণে সংরক্ষিত (ফাইল ফরম্যাট %2; এটি %3 পর্যন্ত পড়তে পারে): খুলতে conclab আপডেট করুন</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="518"/>
        <source>cannot open %1: it ends too early, at byte %2 (the file was cut short, e.g. by a full disk or an interrupted copy)</source>
        <translation>%1 খোলা গেল না: এটি আগেই শেষ হয়ে গেছে, বাইট %2-এ (ফাইলটি কেটে গেছে, যেমন ডিস্ক ভরে যাওয়ায় বা কপি মাঝপথে থেমে যাওয়ায়)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="522"/>
        <source>cannot open %1: it is damaged at line %2, column %3 (not valid JSON)</source>
        <translation>%1 খোলা গেল না: লাইন %2, কলাম %3-এ এটি নষ্ট (সঠিক JSON নয়)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="525"/>
        <source>cannot open %1: it is damaged at %2: a value is missing, of the wrong kind or out of range</source>
        <translation>%1 খোলা গেল না: %2-এ এটি নষ্ট: একটি মান নেই, ভুল ধরনের, বা সীমার বাইরে</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="529"/>
        <source>cannot open %1: it holds no runs</source>
        <translation>%1 খোলা গেল না: এতে কোনো রান নেই</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="531"/>
        <source>cannot save %1: the runs would take %2 bytes, over the limit of %3 a saved run may have (save fewer runs, or shorter ones)</source>
        <translation>%1 সংরক্ষণ করা গেল না: রানগুলোতে %2 বাইট লাগত, সংরক্ষিত রানের সীমা %3-এর বেশি (কম রান, বা ছোট রান সংরক্ষণ করুন)</translation>
    </message>
    <message>
        <location filename="../../ui/text/message_text.cpp" line="535"/>
        <source>there is no finished run to save</source>
        <translation>সংরক্ষণ করার মতো কোনো শেষ হওয়া রান নেই</translation>
    </message>
</context>
<context>
    <name>conclab::ui::ObserveDialog</name>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="53"/>
        <source>Choose the program or script</source>
        <translation>প্রোগ্রাম বা স্ক্রিপ্ট বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="66"/>
        <source>Run the program in this folder</source>
        <translation>প্রোগ্রামটি এই ফোল্ডারে চালান</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="75"/>
        <source>Observe a program</source>
        <translation>একটি প্রোগ্রাম পর্যবেক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="76"/>
        <source>The program is started directly, without a shell, and drawn live: a lane per thread of it and of every process it starts and, for CPython, who really holds the GIL. Stop ends it and everything it started.</source>
        <translation>প্রোগ্রামটি কোনো shell ছাড়া সরাসরি চালু করা হয় এবং চলতে চলতেই আঁকা হয়: এর এবং এর চালু করা প্রতিটি প্রসেসের প্রতিটি থ্রেডের জন্য একটি করে লেন, আর CPython হলে, GIL আসলে কার হাতে। থামান চাপলে এটি আর এর চালু করা সবকিছু বন্ধ হয়।</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="79"/>
        <source>&amp;Program:</source>
        <translation>প্রোগ্রাম (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="80"/>
        <source>python3, or the path of a program</source>
        <translation>python3, অথবা একটি প্রোগ্রামের পথ</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="81"/>
        <source>&amp;Arguments:</source>
        <translation>আর্গুমেন্ট (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="82"/>
        <source>e.g. script.py 4 (quotes group words; nothing is expanded)</source>
        <translation>যেমন script.py 4 (কোট দিয়ে শব্দ একসাথে রাখা যায়; কিছুই এক্সপ্যান্ড করা হয় না)</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="83"/>
        <source>&amp;Folder:</source>
        <translation>ফোল্ডার (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="84"/>
        <location filename="../../ui/window/observe_dialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="86"/>
        <source>&amp;Observe</source>
        <translation>পর্যবেক্ষণ করুন (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/window/observe_dialog.cpp" line="87"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>conclab::ui::OutputModel</name>
    <message>
        <location filename="../../ui/output/output_model.cpp" line="104"/>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_model.cpp" line="105"/>
        <source>Worker</source>
        <translation>ওয়ার্কার</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_model.cpp" line="106"/>
        <source>Printed</source>
        <translation>যা প্রিন্ট হয়েছে</translation>
    </message>
</context>
<context>
    <name>conclab::ui::OutputPane</name>
    <message>
        <location filename="../../ui/output/output_pane.cpp" line="81"/>
        <source>%1 more lines were printed but not kept: the first %2 are shown.</source>
        <translation>আরও %1টি লাইন প্রিন্ট হয়েছিল কিন্তু রাখা হয়নি: প্রথম %2টি দেখানো হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_pane.cpp" line="122"/>
        <source>Output</source>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_pane.cpp" line="123"/>
        <source>Lines the workers printed</source>
        <translation>ওয়ার্কাররা যে লাইনগুলো প্রিন্ট করেছে</translation>
    </message>
    <message>
        <location filename="../../ui/output/output_pane.cpp" line="124"/>
        <source>Nothing printed yet. Workers of the lessons print as Python&apos;s print() does, and each line appears here with its worker and time.</source>
        <translation>এখনো কিছু প্রিন্ট হয়নি। পাঠের ওয়ার্কাররা Python-এর print()-এর মতো প্রিন্ট করে, আর প্রতিটি লাইন তার ওয়ার্কার ও সময়সহ এখানে দেখা যায়।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::ReplayBar</name>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="99"/>
        <source>Replay</source>
        <translation>রিপ্লে</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="100"/>
        <source>Re&amp;play</source>
        <translation>রিপ্লে (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="101"/>
        <source>Play the run shown again, as recorded, at the chosen speed; nothing is run again (Ctrl+Shift+P)</source>
        <translation>দেখানো রানটি যেমন রেকর্ড হয়েছিল তেমনই বেছে নেওয়া গতিতে আবার দেখান; কিছুই আবার চালানো হয় না (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="103"/>
        <location filename="../../ui/replay/replay_bar.cpp" line="191"/>
        <source>Pause</source>
        <translation>থামিয়ে রাখুন</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="104"/>
        <source>Pause or go on (Space)</source>
        <translation>থামিয়ে রাখুন বা চালিয়ে যান (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="105"/>
        <source>Next hand-off</source>
        <translation>পরের হস্তান্তর</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="106"/>
        <source>Go to the next moment the GIL passes to another thread, and pause there (N)</source>
        <translation>পরের যে মুহূর্তে GIL অন্য থ্রেডের হাতে যায় সেখানে যান, এবং সেখানে থামুন (N)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="107"/>
        <source>Slower</source>
        <translation>ধীরে</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="108"/>
        <source>Faster</source>
        <translation>দ্রুত</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="109"/>
        <source>Speed:</source>
        <translation>গতি:</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="110"/>
        <source>How fast the replay goes: 0.1× shows 50 ms of the run in half a second ([ slower, ] faster)</source>
        <translation>রিপ্লে কত দ্রুত চলবে: 0.1× রানের 50 ms আধা সেকেন্ডে দেখায় ([ ধীরে, ] দ্রুত)</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="112"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="113"/>
        <source>Where in the recorded run the replay is: drag to move</source>
        <translation>রেকর্ড করা রানের কোথায় রিপ্লে আছে: সরাতে টানুন</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="143"/>
        <source>A run is going; replay it once it has finished.</source>
        <translation>একটি রান চলছে; শেষ হলে রিপ্লে করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="144"/>
        <source>There is no finished run to replay.</source>
        <translation>রিপ্লে করার মতো কোনো শেষ হওয়া রান নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="185"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/replay/replay_bar.cpp" line="191"/>
        <source>Play</source>
        <translation>চালান</translation>
    </message>
</context>
<context>
    <name>conclab::ui::RunController</name>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="40"/>
        <location filename="../../ui/run/run_controller.cpp" line="131"/>
        <location filename="../../ui/run/run_controller.cpp" line="142"/>
        <source>A run is already going; stop it first.</source>
        <translation>একটি রান এখনো চলছে; আগে সেটি থামান।</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="109"/>
        <source>No model can run this experiment: %1</source>
        <translation>কোনো মডেল এই এক্সপেরিমেন্ট চালাতে পারে না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="116"/>
        <source>Skipped (outside their limits): %1</source>
        <translation>বাদ দেওয়া হলো (সীমার বাইরে): %1</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="147"/>
        <source>Real Python cannot be shown: %1 was not found. Install python3; everything else works without it.</source>
        <translation>আসল Python দেখানো যাচ্ছে না: %1 পাওয়া যায়নি। python3 ইনস্টল করুন; বাকি সবকিছু এটি ছাড়াই চলে।</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="149"/>
        <source>Real Python cannot be shown: %1 cannot be run.</source>
        <translation>আসল Python দেখানো যাচ্ছে না: %1 চালানো যায় না।</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="152"/>
        <source>Real Python cannot be shown: the lesson scripts (share/conclab/python) are missing.</source>
        <translation>আসল Python দেখানো যাচ্ছে না: পাঠের স্ক্রিপ্টগুলো (share/conclab/python) নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="160"/>
        <source>Real Python cannot be shown: %1</source>
        <translation>আসল Python দেখানো যাচ্ছে না: %1</translation>
    </message>
    <message>
        <location filename="../../ui/run/run_controller.cpp" line="216"/>
        <source>The machine was busy during the sequential run (%1): running it once more.</source>
        <translation>সিকোয়েনশিয়াল রানের সময় কম্পিউটার ব্যস্ত ছিল (%1): রানটি আরেকবার চালানো হচ্ছে।</translation>
    </message>
</context>
<context>
    <name>conclab::ui::RunFileActions</name>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="85"/>
        <source>&amp;Open run…</source>
        <translation>রান খুলুন (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="86"/>
        <source>Open a saved run or table of runs (%1)</source>
        <translation>একটি সংরক্ষিত রান বা রানের টেবিল খুলুন (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="87"/>
        <source>&amp;Save run…</source>
        <translation>রান সংরক্ষণ করুন (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="88"/>
        <source>Save the run shown in the timeline, to open or replay it later</source>
        <translation>টাইমলাইনে দেখানো রানটি সংরক্ষণ করুন, পরে খুলতে বা রিপ্লে করতে</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="89"/>
        <source>Save &amp;all runs…</source>
        <translation>সব রান সংরক্ষণ করুন (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="90"/>
        <source>Save every run of the comparison table into one file</source>
        <translation>তুলনার টেবিলের সব রান একটি ফাইলে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="91"/>
        <source>Clear the list</source>
        <translation>তালিকা মুছে ফেলুন</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="92"/>
        <source>Recent &amp;files</source>
        <translation>সাম্প্রতিক ফাইল (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="97"/>
        <source>Concurrency Lab runs (*%1)</source>
        <translation>কনকারেন্সি ল্যাবের রান (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="98"/>
        <source>All files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="119"/>
        <source>(none yet)</source>
        <translation>(এখনো নেই)</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="134"/>
        <source>Cannot open the run</source>
        <translation>রানটি খোলা গেল না</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runfile/run_file_actions.cpp" line="149"/>
        <source>Opened %1: %Ln run(s)</source>
        <translation>
            <numerusform>%1 খোলা হয়েছে: %Lnটি রান</numerusform>
            <numerusform>%1 খোলা হয়েছে: %Lnটি রান</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="167"/>
        <source>Open a saved run</source>
        <translation>একটি সংরক্ষিত রান খুলুন</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="174"/>
        <source>Save all runs</source>
        <translation>সব রান সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="174"/>
        <source>Save the run</source>
        <translation>রানটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="181"/>
        <source>Save failed</source>
        <translation>সংরক্ষণ ব্যর্থ হয়েছে</translation>
    </message>
    <message>
        <location filename="../../ui/runfile/run_file_actions.cpp" line="186"/>
        <source>Saved %1</source>
        <translation>সংরক্ষণ করা হলো %1</translation>
    </message>
</context>
<context>
    <name>conclab::ui::SpeedupChart</name>
    <message>
        <location filename="../../ui/comparison/speedup_chart.cpp" line="44"/>
        <source>Speedup</source>
        <translation>স্পিডআপ</translation>
    </message>
    <message>
        <location filename="../../ui/comparison/speedup_chart.cpp" line="71"/>
        <source>%1: %2× the speed of the sequential run</source>
        <translation>%1: সিকোয়েনশিয়াল রানের %2× গতি</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison/speedup_chart.cpp" line="176"/>
        <source>Speedup over sequential · %Ln core(s)</source>
        <translation>
            <numerusform>সিকোয়েনশিয়ালের তুলনায় স্পিডআপ · %Lnটি কোর</numerusform>
            <numerusform>সিকোয়েনশিয়ালের তুলনায় স্পিডআপ · %Lnটি কোর</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/comparison/speedup_chart.cpp" line="181"/>
        <source>speedup (×)</source>
        <translation>স্পিডআপ (×)</translation>
    </message>
</context>
<context>
    <name>conclab::ui::TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/timeline_widget.cpp" line="39"/>
        <source>Timeline</source>
        <translation>টাইমলাইন</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_widget.cpp" line="165"/>
        <source>Set up an experiment on the left and press Run (Ctrl+R).

Each worker thread or process gets a lane, each process a thin row showing who holds its GIL, and each CPU core a row showing which worker ran there.</source>
        <translation>বাঁ দিকে একটি এক্সপেরিমেন্ট সাজান, তারপর চালান চাপুন (Ctrl+R)।

প্রতিটি ওয়ার্কার থ্রেড বা প্রসেস একটি লেন পায়, প্রতিটি প্রসেস একটি সরু সারি পায় যেখানে দেখা যায় তার GIL কার হাতে, আর প্রতিটি CPU কোর একটি সারি পায় যেখানে দেখা যায় কোন ওয়ার্কার সেখানে চলেছে।</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_widget.cpp" line="214"/>
        <source>%1: nothing recorded at %2</source>
        <translation>%1: %2-এ কিছু রেকর্ড হয়নি</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="14"/>
        <source>%1 holds the GIL</source>
        <translation>GIL %1-এর হাতে</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="15"/>
        <source>%1 runs on this core</source>
        <translation>%1 এই কোরে চলছে</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="16"/>
        <source>State: %1</source>
        <translation>অবস্থা: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="17"/>
        <source>Core: %1</source>
        <translation>কোর: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="18"/>
        <source>Older detail folded into %1 blocks to keep memory bounded:&lt;br&gt;the time in each state is exact, the order inside a block is not</source>
        <translation>মেমরি সীমার মধ্যে রাখতে পুরোনো খুঁটিনাটি %1-এর ব্লকে গুটানো হয়েছে:&lt;br&gt;প্রতিটি অবস্থার সময় নিখুঁত, কিন্তু ব্লকের ভেতরের ক্রম নয়</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="21"/>
        <source>Task: #%1</source>
        <translation>টাস্ক: #%1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="22"/>
        <source>pid %1, tid %2</source>
        <translation>pid %1, tid %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="23"/>
        <source>Start: %1</source>
        <translation>শুরু: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/segment_tooltip.cpp" line="24"/>
        <source>Duration: %1</source>
        <translation>সময়কাল: %1</translation>
    </message>
</context>
</TS>
