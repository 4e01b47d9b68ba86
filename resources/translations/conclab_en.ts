<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>conclab::cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="69"/>
        <source>%1: %Ln saved run(s)</source>
        <translation>
            <numerusform>%1: %Ln saved run</numerusform>
            <numerusform>%1: %Ln saved runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="166"/>
        <source>%1 × %Ln task(s)</source>
        <translation>
            <numerusform>%1 × %Ln task</numerusform>
            <numerusform>%1 × %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/compare_command.cpp" line="167"/>
        <source>pools of %Ln worker(s)</source>
        <translation>
            <numerusform>pools of %Ln worker</numerusform>
            <numerusform>pools of %Ln workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="100"/>
        <source>%1 in %Ln process(es)</source>
        <translation>
            <numerusform>%1 in %Ln process</numerusform>
            <numerusform>%1 in %Ln processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="143"/>
        <location filename="../../app/cli/compare_command.cpp" line="71"/>
        <location filename="../../app/cli/compare_command.cpp" line="169"/>
        <source>Machine: %Ln core(s)</source>
        <translation>
            <numerusform>Machine: %Ln core</numerusform>
            <numerusform>Machine: %Ln cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/observe_command.cpp" line="170"/>
        <source>%Ln more process(es), not Python: %1</source>
        <translation>
            <numerusform>%Ln more process, not Python: %1</numerusform>
            <numerusform>%Ln more processes, not Python: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="70"/>
        <source>%Ln process(es)</source>
        <translation>
            <numerusform>%Ln process</numerusform>
            <numerusform>%Ln processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="70"/>
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/result_table.cpp" line="86"/>
        <source>Machine: %Ln core(s) · CPU kernel %1 ticks per ms</source>
        <translation>
            <numerusform>Machine: %Ln core · CPU kernel %1 ticks per ms</numerusform>
            <numerusform>Machine: %Ln cores · CPU kernel %1 ticks per ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conclab::ui</name>
    <message numerus="yes">
        <location filename="../../ui/text/experiment_text.cpp" line="17"/>
        <location filename="../../ui/export/caption.cpp" line="27"/>
        <source>%1 × %Ln task(s)</source>
        <translation>
            <numerusform>%1 × %Ln task</numerusform>
            <numerusform>%1 × %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/caption.cpp" line="33"/>
        <location filename="../../ui/export/caption.cpp" line="40"/>
        <source>Machine: %Ln core(s)</source>
        <translation>
            <numerusform>Machine: %Ln core</numerusform>
            <numerusform>Machine: %Ln cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/experiment_text.cpp" line="18"/>
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln worker</numerusform>
            <numerusform>%Ln workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/display_format.cpp" line="202"/>
        <source>%Ln events lost (recording could not keep up)</source>
        <translation>
            <numerusform>%Ln event lost (recording could not keep up)</numerusform>
            <numerusform>%Ln events lost (recording could not keep up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/machine_text.cpp" line="13"/>
        <source>%Ln CPU(s)</source>
        <translation>
            <numerusform>%Ln CPU</numerusform>
            <numerusform>%Ln CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conclab::ui::RunFileActions</name>
    <message numerus="yes">
        <location filename="../../ui/runfile/run_file_actions.cpp" line="149"/>
        <source>Opened %1: %Ln run(s)</source>
        <translation>
            <numerusform>Opened %1: %Ln run</numerusform>
            <numerusform>Opened %1: %Ln runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conclab::ui::SpeedupChart</name>
    <message numerus="yes">
        <location filename="../../ui/comparison/speedup_chart.cpp" line="87"/>
        <source>Speedup over sequential · %Ln core(s)</source>
        <translation>
            <numerusform>Speedup over sequential · %Ln core</numerusform>
            <numerusform>Speedup over sequential · %Ln cores</numerusform>
        </translation>
    </message>
</context>
</TS>
