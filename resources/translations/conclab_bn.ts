<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>conclab::ui</name>
    <message>
        <location filename="../../ui/caption.cpp" line="15"/>
        <source>%1 × %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="17"/>
        <source>GIL on, switch interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="18"/>
        <source>GIL off (threads run in parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="21"/>
        <source>Workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="21"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="21"/>
        <source>Workers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="22"/>
        <source>Machine: %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="26"/>
        <source> · stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/caption.cpp" line="27"/>
        <source> · a worker failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="74"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="75"/>
        <source>Ready (no free core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="76"/>
        <source>Waiting for GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="77"/>
        <source>Blocked on I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="78"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="79"/>
        <source>Overhead (start, fork, copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="86"/>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="87"/>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="88"/>
        <source>thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="89"/>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="90"/>
        <source>process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="91"/>
        <source>asyncio event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="110"/>
        <source>CPU-bound (computation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="111"/>
        <source>I/O-bound (waiting, sleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="112"/>
        <source>File I/O (write, fsync, read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="113"/>
        <source>Network (loopback round trips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display_format.cpp" line="114"/>
        <source>Mixed (compute, then wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="47"/>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="51"/>
        <source>lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="104"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="107"/>
        <source>GIL holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="112"/>
        <source>CPU cores of this machine (%1) — a bar names the worker that ran there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lane_row_layout.cpp" line="114"/>
        <source>Core %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/legend.cpp" line="48"/>
        <source>Holds the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/legend.cpp" line="49"/>
        <source>Core idle / nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/picture_export.cpp" line="22"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/picture_export.cpp" line="38"/>
        <source>the name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/picture_export.cpp" line="39"/>
        <source>the picture would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/picture_export.cpp" line="91"/>
        <source>the picture could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_summary.cpp" line="56"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_summary.cpp" line="58"/>
        <source>Measured: wall time %1 · worker time: %2 · CPU cores busy %3 of %4 cores × wall time · GIL hand-offs %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::ComparisonModel</name>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="23"/>
        <source>Wall time of the sequential run of the same workload ÷ wall time of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="24"/>
        <source>Speedup ÷ the number of workers (for asyncio: ÷ the number of tasks it interleaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="25"/>
        <source>Share of the workers&apos; busy time spent waiting for the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="26"/>
        <source>How often the GIL passed from one thread to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="32"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="33"/>
        <source>GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="34"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="35"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="37"/>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="38"/>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="39"/>
        <source>Speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="40"/>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="41"/>
        <source>GIL wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="42"/>
        <source>GIL hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="43"/>
        <source>Context switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="44"/>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="75"/>
        <source>on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="75"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="77"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="80"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="81"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="82"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="93"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="97"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="144"/>
        <source>asyncio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison_model.cpp" line="145"/>
        <source>, no GIL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::ExperimentPanel</name>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="59"/>
        <source>&amp;Workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="62"/>
        <source>How much each task does, measured on this machine: 50ms, 1.5s (time), 4MiB (file size), 100 (network round trips), 10ms/20msx5 (mixed: compute/wait × repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="64"/>
        <source>Task &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="72"/>
        <source>&amp;Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="76"/>
        <source>Run &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="83"/>
        <source>max_workers of the pool: how many workers take tasks from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="84"/>
        <source>Wor&amp;kers (max_workers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="86"/>
        <source>Simulated &amp;GIL (like CPython)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="87"/>
        <source>On: only one thread per process runs Python code at a time. Off: threads run in parallel, like free-threaded Python 3.13t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="94"/>
        <source>sys.setswitchinterval(): how long a thread may keep the GIL while another waits (0.1 ms to 100 ms, logarithmic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="101"/>
        <source>Switch &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="182"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="183"/>
        <source>like Python&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="201"/>
        <source>On: only one thread runs Python code at a time. Off: threads run in parallel, like free-threaded Python 3.13t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiment_panel.cpp" line="203"/>
        <source>Each process has its own GIL, so the GIL never serialises processes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="46"/>
        <source>Concurrency Lab</source>
        <translation>কনকারেন্সি ল্যাব</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="59"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="73"/>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="94"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="135"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Showing run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163"/>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="169"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="170"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="171"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="188"/>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="44"/>
        <location filename="../../ui/main_window_actions.cpp" line="109"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="46"/>
        <source>Run the experiment (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="49"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="51"/>
        <source>Stop the run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="54"/>
        <source>&amp;Compare all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="56"/>
        <source>Run this workload under every model in turn and compare (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="59"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="61"/>
        <source>Show the whole run (Ctrl+0, or double-click the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="64"/>
        <source>Show &amp;timeline of selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="66"/>
        <source>&amp;Remove selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="69"/>
        <source>C&amp;lear table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="72"/>
        <source>Timeline as &amp;picture (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="75"/>
        <source>&amp;Whole window as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="77"/>
        <source>&amp;Trace for Perfetto (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="79"/>
        <source>Comparison &amp;table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="82"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="86"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="101"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="102"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="113"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="115"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="123"/>
        <source>There is no timeline to export yet: run an experiment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="136"/>
        <source>There is no finished run to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="143"/>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="144"/>
        <location filename="../../ui/main_window_actions.cpp" line="150"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="144"/>
        <location filename="../../ui/main_window_actions.cpp" line="150"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="144"/>
        <location filename="../../ui/main_window_actions.cpp" line="150"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="149"/>
        <source>Export the whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="155"/>
        <source>Export the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="156"/>
        <source>Trace Event JSON for Perfetto (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="162"/>
        <source>Export the comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="162"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="168"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="171"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::RunController</name>
    <message>
        <location filename="../../ui/run_controller.cpp" line="36"/>
        <location filename="../../ui/run_controller.cpp" line="62"/>
        <source>A run is already going; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_controller.cpp" line="74"/>
        <source>No model can run this experiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_controller.cpp" line="75"/>
        <source>Skipped (outside their limits): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::SpeedupChart</name>
    <message>
        <location filename="../../ui/speedup_chart.cpp" line="18"/>
        <source>Speedup over sequential · %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speedup_chart.cpp" line="38"/>
        <source>Speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speedup_chart.cpp" line="52"/>
        <source>speedup (×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speedup_chart.cpp" line="102"/>
        <source>run (row of the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conclab::ui::TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="21"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="81"/>
        <source>Set up an experiment on the left and press Run (Ctrl+R).

Each worker thread or process gets a lane, each process a thin row showing who holds its GIL, and each CPU core a row showing which worker ran there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="129"/>
        <source>%1: nothing recorded at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="134"/>
        <source>%1 holds the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="135"/>
        <source>%1 runs on this core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="140"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="141"/>
        <source>Core: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="142"/>
        <source>Task: #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="144"/>
        <source>pid %1, tid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="145"/>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_widget.cpp" line="146"/>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
