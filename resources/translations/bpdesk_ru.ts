<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="111"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="148"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="114"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="119"/>
        <source>Any result</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="120"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="170"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="121"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="171"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="122"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="172"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="133"/>
        <source>finished from</source>
        <translation>завершены с</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="135"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="140"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="141"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="142"/>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="143"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="144"/>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="145"/>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="146"/>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="162"/>
        <source>Any process</source>
        <translation>Любой процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="197"/>
        <source>{0} closed cases</source>
        <translation>Закрытых заявок: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="199"/>
        <source>No closed cases match: finished cases appear here.</source>
        <translation>Нет подходящих закрытых заявок: завершённые заявки появляются здесь.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="254"/>
        <location filename="../../bpdesk/ui/workspace/board.py" line="256"/>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="259"/>
        <source>Search by title or number (Ctrl+F)</source>
        <translation>Поиск по названию или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="265"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="268"/>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="313"/>
        <source>Nothing is published yet: publish a process in the designer.</source>
        <translation>Пока ничего не опубликовано: опубликуйте процесс в конструкторе.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="349"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="350"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="351"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="352"/>
        <source>Starting</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="370"/>
        <source>{0} cases</source>
        <translation>Заявок: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="372"/>
        <source>No cases here yet: start one from the Start page.</source>
        <translation>Заявок пока нет: запустите процесс на странице «Запустить процесс».</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="377"/>
        <source>Any assignee</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/board.py" line="378"/>
        <source>Any initiator</source>
        <translation>Любой инициатор</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="216"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="218"/>
        <source>Only mine</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="221"/>
        <source>Export .ics…</source>
        <translation>Экспорт .ics…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="231"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="231"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="231"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="231"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="231"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="238"/>
        <source>No events yet: processes with a calendar step put their meetings here.</source>
        <translation>Событий пока нет: процессы с шагом «Событие в календаре» добавляют сюда встречи.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="277"/>
        <source>Export the calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="277"/>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="65"/>
        <source>Approve or reject</source>
        <translation>Согласовать или отклонить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="66"/>
        <source>Request information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="67"/>
        <source>Acknowledge</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="68"/>
        <source>To-do</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="69"/>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="73"/>
        <source>Notify</source>
        <translation>Уведомить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="74"/>
        <source>Set field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="75"/>
        <source>Set role</source>
        <translation>Назначить роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="76"/>
        <source>Calendar event</source>
        <translation>Событие в календаре</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="77"/>
        <source>Planned expense</source>
        <translation>Плановый расход</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="78"/>
        <source>Invite user</source>
        <translation>Пригласить пользователя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="79"/>
        <source>Start linked process</source>
        <translation>Запустить связанный процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="80"/>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="83"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="84"/>
        <location filename="../../bpdesk/ui/editor/items.py" line="139"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="85"/>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="86"/>
        <source>Parallel split</source>
        <translation>Параллельное ветвление</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="87"/>
        <source>Join</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="88"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="89"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="96"/>
        <location filename="../../bpdesk/ui/editor/items.py" line="116"/>
        <source>initiator</source>
        <translation>инициатор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="103"/>
        <source>from field {0}</source>
        <translation>из поля {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="117"/>
        <source>instance</source>
        <translation>заявка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="118"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="137"/>
        <source>at most {0} days</source>
        <translation>не дольше {0} дн.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="149"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="150"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="151"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/items.py" line="187"/>
        <source>Drag to connect “{0}” to the next step</source>
        <translation>Перетащите, чтобы связать «{0}» со следующим шагом</translation>
    </message>
</context>
<context>
    <name>DesignScene</name>
    <message>
        <location filename="../../bpdesk/ui/editor/scene.py" line="262"/>
        <source>This version is read-only: make a new draft to change it.</source>
        <translation>Эта версия только для чтения: создайте новый черновик, чтобы изменить её.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/scene.py" line="368"/>
        <source>Move step</source>
        <translation>Перемещение шага</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/scene.py" line="368"/>
        <source>Move steps</source>
        <translation>Перемещение шагов</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/scene.py" line="391"/>
        <source>Nudge</source>
        <translation>Сдвиг</translation>
    </message>
</context>
<context>
    <name>DesignView</name>
    <message>
        <location filename="../../bpdesk/ui/editor/view.py" line="39"/>
        <source>Process canvas</source>
        <translation>Холст процесса</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="65"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="74"/>
        <location filename="../../bpdesk/ui/editor/window.py" line="393"/>
        <source>New process</source>
        <translation>Новый процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="95"/>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="98"/>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="102"/>
        <source>Minimap</source>
        <translation>Мини-карта</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="105"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="169"/>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="175"/>
        <location filename="../../bpdesk/ui/editor/window.py" line="179"/>
        <source>Zoom {0}%</source>
        <translation>Масштаб {0}%</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="181"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="186"/>
        <source>{0} problem(s)</source>
        <translation>Проблем: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="186"/>
        <source>No problems</source>
        <translation>Проблем нет</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="207"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="208"/>
        <source>New &amp;window</source>
        <translation>Новое &amp;окно</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="209"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="210"/>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="213"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="215"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="216"/>
        <source>Open a published &amp;version…</source>
        <translation>Открыть опубликованную &amp;версию…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="218"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="222"/>
        <location filename="../../bpdesk/ui/editor/window.py" line="259"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="223"/>
        <location filename="../../bpdesk/ui/editor/window.py" line="261"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="227"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="228"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="229"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="230"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="232"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="235"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="238"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Расположение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="239"/>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Авторасстановка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="240"/>
        <source>Align &amp;left</source>
        <translation>Выровнять по &amp;левому краю</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="241"/>
        <source>Align &amp;top</source>
        <translation>Выровнять по &amp;верхнему краю</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="243"/>
        <source>Distribute &amp;horizontally</source>
        <translation>Распределить по &amp;горизонтали</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="245"/>
        <source>Distribute &amp;vertically</source>
        <translation>Распределить по &amp;вертикали</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="247"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="248"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="250"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="252"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Реальный размер</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="253"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="313"/>
        <source>The clipboard holds no steps to paste.</source>
        <translation>В буфере обмена нет шагов для вставки.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="318"/>
        <source>Paste</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="328"/>
        <source>Auto-layout</source>
        <translation>Авторасстановка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="345"/>
        <source>Align</source>
        <translation>Выровнять</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="359"/>
        <source>Distribute</source>
        <translation>Распределить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="379"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="380"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>Сохранить изменения в «{0}» перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="405"/>
        <source>Open a design</source>
        <translation>Открыть процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="414"/>
        <source>Cannot open the design</source>
        <translation>Не удаётся открыть процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="423"/>
        <source>A published version is read-only.</source>
        <translation>Опубликованная версия доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="433"/>
        <source>Save the design</source>
        <translation>Сохранить процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="446"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="449"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="476"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="486"/>
        <source>Cannot publish yet</source>
        <translation>Пока нельзя опубликовать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="487"/>
        <source>Fix these {0} problem(s) first:

{1}</source>
        <translation>Сначала исправьте проблемы ({0}):

{1}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="493"/>
        <source>No database is open to publish to.</source>
        <translation>Не открыта база данных для публикации.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="496"/>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="496"/>
        <source>What changed in this version?</source>
        <translation>Что изменилось в этой версии?</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="503"/>
        <source>Cannot publish</source>
        <translation>Не удаётся опубликовать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="506"/>
        <source>Published “{0}” as version {1}</source>
        <translation>«{0}» опубликован как версия {1}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="511"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="515"/>
        <source>Published versions</source>
        <translation>Опубликованные версии</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="527"/>
        <source>View read-only</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/window.py" line="530"/>
        <source>New draft from it</source>
        <translation>Новый черновик из неё</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="542"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="639"/>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="545"/>
        <source>Search people</source>
        <translation>Поиск сотрудников</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="547"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="548"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="549"/>
        <source>Switch off / on</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="560"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="561"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="562"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="573"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="563"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="564"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="565"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="567"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="573"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="573"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="573"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="585"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="585"/>
        <source>switched off</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="587"/>
        <source>, administrator</source>
        <translation>, администратор</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="315"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="330"/>
        <source>Planned expenses</source>
        <translation>Плановые расходы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="317"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="324"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="325"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="335"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="326"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="327"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="335"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="328"/>
        <source>What for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="335"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="335"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="336"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="341"/>
        <source>No planned expenses yet: processes with an expense step list them here.</source>
        <translation>Плановых расходов пока нет: процессы с шагом «Плановый расход» показывают их здесь.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="373"/>
        <source>Export expenses</source>
        <translation>Экспорт расходов</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="373"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExpressionEdit</name>
    <message>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="129"/>
        <source>Not a field: {0}</source>
        <translation>Нет такого поля: {0}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="76"/>
        <source>Pick from the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="77"/>
        <source>Pick “{0}” from the calendar</source>
        <translation>Выбрать «{0}» в календаре</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="102"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="119"/>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="142"/>
        <source>no file chosen</source>
        <translation>файл не выбран</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/forms.py" line="135"/>
        <source>Attach to “{0}”</source>
        <translation>Прикрепить к «{0}»</translation>
    </message>
</context>
<context>
    <name>FieldTypes</name>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="59"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="60"/>
        <source>Multiline text</source>
        <translation>Многострочный текст</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="61"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="62"/>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="63"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="64"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="65"/>
        <source>Yes/no</source>
        <translation>Да/нет</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="66"/>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="67"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="68"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="70"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="220"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="234"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="227"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="227"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="355"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="227"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="359"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="227"/>
        <source>Start form</source>
        <translation>Форма запуска</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="239"/>
        <source>new_field_key</source>
        <translation>ключ латиницей, напр. amount</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="240"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="303"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="243"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="319"/>
        <source>Delete field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="267"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="320"/>
        <source>“{0}” is used by:
{1}

Delete it anyway? You can undo this.</source>
        <translation>«{0}» используется в:
{1}

Всё равно удалить? Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="374"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="377"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="378"/>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="379"/>
        <source>When…</source>
        <translation>Если…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="392"/>
        <source>Required when</source>
        <translation>Обязательно, если</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="404"/>
        <source>On the start form</source>
        <translation>В форме запуска</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="411"/>
        <source>Options (key = label)</source>
        <translation>Варианты (ключ = название)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="415"/>
        <source>Help</source>
        <translation>Подсказка</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/common.py" line="26"/>
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="166"/>
        <source>Welcome to bpdesk</source>
        <translation>Добро пожаловать в bpdesk</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="170"/>
        <source>This database is empty. Try bpdesk with a demo office (16 people, four ready processes; every password is “demo”), or start clean with your own administrator account.</source>
        <translation>База данных пуста. Попробуйте bpdesk на демо-офисе (16 сотрудников, четыре готовых процесса; пароль у всех «demo») или начните с нуля со своей учётной записью администратора.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="183"/>
        <source>Administrator login</source>
        <translation>Логин администратора</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="184"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="185"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="186"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="190"/>
        <source>Load the demo office</source>
        <translation>Загрузить демо-офис</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="192"/>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="218"/>
        <source>Start clean</source>
        <translation>Начать с нуля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="206"/>
        <source>Demo office</source>
        <translation>Демо-офис</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="75"/>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="143"/>
        <source>{0} items selected</source>
        <translation>Выбрано элементов: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="152"/>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="154"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="156"/>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="157"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="158"/>
        <source>Delete connection</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="177"/>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="178"/>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="543"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="185"/>
        <source>Time limit</source>
        <translation>Срок этапа</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="189"/>
        <source>process default</source>
        <translation>как в процессе</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="194"/>
        <source>When late, notify</source>
        <translation>При просрочке уведомить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="205"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="208"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="209"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="210"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="225"/>
        <source>Approve or reject</source>
        <translation>Согласовать или отклонить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="226"/>
        <source>Request information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="227"/>
        <source>Acknowledge</source>
        <translation>Ознакомление</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="228"/>
        <source>To-do</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="229"/>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="232"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="235"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="241"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="247"/>
        <source>Due in</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="251"/>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="257"/>
        <source>Fields shown</source>
        <translation>Показываемые поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="265"/>
        <source>Fields to fill</source>
        <translation>Поля для заполнения</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="275"/>
        <source>A comment is required to reject</source>
        <translation>Для отклонения нужен комментарий</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="284"/>
        <source>Options (key = label)</source>
        <translation>Варианты (ключ = название)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="292"/>
        <source>Then set role</source>
        <translation>Затем назначить роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="294"/>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="604"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="300"/>
        <source>from field</source>
        <translation>из поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="314"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="315"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="327"/>
        <source>Change task kind</source>
        <translation>Изменить вид задачи</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="352"/>
        <source>Branch {0}</source>
        <translation>Ветка {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="355"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="359"/>
        <source>Holds when</source>
        <translation>Выполняется, если</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="368"/>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="410"/>
        <source>Remove branch</source>
        <translation>Удалить ветку</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="372"/>
        <source>Add branch</source>
        <translation>Добавить ветку</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="377"/>
        <source>New branch</source>
        <translation>Новая ветка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="381"/>
        <source>Otherwise branch</source>
        <translation>Ветка «иначе»</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="386"/>
        <source>Otherwise label</source>
        <translation>Название ветки «иначе»</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="422"/>
        <source>Change otherwise</source>
        <translation>Изменить ветку «иначе»</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="427"/>
        <source>Wait</source>
        <translation>Ждать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="430"/>
        <source>for a while</source>
        <translation>некоторое время</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="431"/>
        <source>until a date</source>
        <translation>до даты</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="432"/>
        <source>until the date in a field</source>
        <translation>до даты из поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="440"/>
        <source>How long (P3D, PT4H)</source>
        <translation>Сколько ждать (P3D, PT4H)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="447"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="459"/>
        <source>Date field</source>
        <translation>Поле с датой</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="466"/>
        <source>Everyone may start it</source>
        <translation>Запускать могут все</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="475"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="484"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="505"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="513"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="519"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="523"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="526"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="536"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="538"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="549"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="555"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="564"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="573"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="579"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="586"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="589"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="596"/>
        <source>E-mail field</source>
        <translation>Поле с e-mail</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="597"/>
        <source>Name field</source>
        <translation>Поле с именем</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="598"/>
        <source>Department field</source>
        <translation>Поле с отделом</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="599"/>
        <source>Position field</source>
        <translation>Поле с должностью</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="611"/>
        <source>Process key</source>
        <translation>Ключ процесса</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="616"/>
        <source>Its fields (key = expression)</source>
        <translation>Его поля (ключ = выражение)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="621"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/inspector.py" line="627"/>
        <source>Fields sent</source>
        <translation>Передаваемые поля</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="54"/>
        <source>Cancel the case…</source>
        <translation>Отменить заявку…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="58"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="73"/>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="74"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="75"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="76"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="77"/>
        <source>Stopped by an error</source>
        <translation>Остановлена из-за ошибки</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="81"/>
        <source>{0}, version {1} · &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0}, версия {1} · &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="85"/>
        <source>Stage: {0} (since {1})</source>
        <translation>Этап: {0} (с {1})</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="88"/>
        <source>Started by {0} on {1}</source>
        <translation>Запустил(а) {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="93"/>
        <source>Finished on {0}</source>
        <translation>Завершена {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="103"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="104"/>
        <source>Diagram</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="105"/>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="198"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="106"/>
        <source>Comments ({0})</source>
        <translation>Комментарии ({0})</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="107"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="113"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="122"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="127"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="130"/>
        <source>No open tasks.</source>
        <translation>Открытых задач нет.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="132"/>
        <source>, due {0}</source>
        <translation>, срок {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="136"/>
        <source>Linked cases</source>
        <translation>Связанные заявки</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="183"/>
        <source>Diagram of the case</source>
        <translation>Схема заявки</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="214"/>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="218"/>
        <source>Write a comment (Markdown: **bold**, lists, links)</source>
        <translation>Напишите комментарий (Markdown: **жирный**, списки, ссылки)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="221"/>
        <source>New comment</source>
        <translation>Новый комментарий</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="223"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="236"/>
        <source>No files in this case.</source>
        <translation>В заявке нет файлов.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="240"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="242"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="261"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="270"/>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="278"/>
        <source>Cancel the case</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/instance.py" line="271"/>
        <source>Why is it cancelled? (everyone involved is told)</source>
        <translation>Почему заявка отменяется? (участники получат уведомление)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="88"/>
        <source>bpdesk — {0}</source>
        <translation>bpdesk — {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="51"/>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="56"/>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="100"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="101"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="102"/>
        <location filename="../../bpdesk/ui/workspace/window.py" line="135"/>
        <source>Start a process</source>
        <translation>Запустить процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="103"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="104"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="105"/>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="106"/>
        <location filename="../../bpdesk/ui/workspace/window.py" line="139"/>
        <location filename="../../bpdesk/ui/workspace/window.py" line="256"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="107"/>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="109"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="121"/>
        <source>Designer</source>
        <translation>Конструктор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="124"/>
        <source>Open the &amp;designer</source>
        <translation>Открыть &amp;конструктор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="131"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="136"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="146"/>
        <source>Signed in as {0}</source>
        <translation>Вы вошли как {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="152"/>
        <source>Working…</source>
        <translation>Работаю…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="170"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="174"/>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="271"/>
        <source>{0} new notification(s)</source>
        <translation>Новых уведомлений: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="293"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="301"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/window.py" line="302"/>
        <source>bpdesk speaks the chosen language from the next start.</source>
        <translation>bpdesk перейдёт на выбранный язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../bpdesk/ui/editor/minimap.py" line="17"/>
        <source>Minimap</source>
        <translation>Мини-карта</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="407"/>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="417"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="409"/>
        <source>Mark selected read</source>
        <translation>Отметить прочитанными</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="411"/>
        <source>Mark all read</source>
        <translation>Прочитать все</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="417"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="417"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="417"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="422"/>
        <source>No notifications yet: processes tell you here when something concerns you.</source>
        <translation>Уведомлений пока нет: процессы сообщат здесь, когда что-то касается вас.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../bpdesk/ui/editor/outline.py" line="23"/>
        <source>Outline of the process</source>
        <translation>Структура процесса</translation>
    </message>
</context>
<context>
    <name>PaletteView</name>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="102"/>
        <source>Palette of steps</source>
        <translation>Палитра шагов</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="122"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="123"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="124"/>
        <source>Approval task</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="125"/>
        <source>Request information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="126"/>
        <source>Acknowledge task</source>
        <translation>Задача на ознакомление</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="127"/>
        <source>To-do task</source>
        <translation>Задача на выполнение</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="128"/>
        <source>Choice task</source>
        <translation>Задача с выбором</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="129"/>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="130"/>
        <source>Parallel split</source>
        <translation>Параллельное ветвление</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="131"/>
        <source>Join</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="132"/>
        <source>Notify</source>
        <translation>Уведомить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="133"/>
        <source>Set field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="134"/>
        <source>Set role</source>
        <translation>Назначить роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="135"/>
        <source>Calendar event</source>
        <translation>Событие в календаре</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="136"/>
        <source>Planned expense</source>
        <translation>Плановый расход</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="137"/>
        <source>Invite user</source>
        <translation>Пригласить пользователя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="138"/>
        <source>Start linked process</source>
        <translation>Запустить связанный процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="139"/>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="140"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="141"/>
        <source>End: success</source>
        <translation>Конец: успешно</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="142"/>
        <source>End: rejected</source>
        <translation>Конец: отклонено</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/palette.py" line="146"/>
        <source>Drag onto the canvas, or double-click to add “{0}”</source>
        <translation>Перетащите на холст или дважды щёлкните, чтобы добавить «{0}»</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="119"/>
        <source>Choose your password</source>
        <translation>Выберите пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="119"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="123"/>
        <source>This is your first sign-in: choose a password.</source>
        <translation>Это ваш первый вход: выберите пароль.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="131"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="132"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="133"/>
        <source>Repeat it</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="138"/>
        <source>Save password</source>
        <translation>Сохранить пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="151"/>
        <source>Use at least 4 characters.</source>
        <translation>Используйте не меньше 4 символов.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="153"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="154"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="155"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="156"/>
        <source>User in field</source>
        <translation>Пользователь из поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="190"/>
        <location filename="../../bpdesk/ui/editor/widgets.py" line="255"/>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../bpdesk/ui/editor/problems.py" line="20"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/problems.py" line="33"/>
        <source>Checking the process…</source>
        <translation>Проверка процесса…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/problems.py" line="39"/>
        <source>No problems: the process can be published.</source>
        <translation>Проблем нет: процесс можно публиковать.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/problems.py" line="45"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/problems.py" line="45"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="123"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="178"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="131"/>
        <source>Other…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="137"/>
        <source>Process colour</source>
        <translation>Цвет процесса</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="149"/>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="152"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="155"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="157"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="161"/>
        <source>Instance title</source>
        <translation>Название заявки</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="171"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="180"/>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="190"/>
        <source>Any stage at most</source>
        <translation>Любой этап не дольше</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="197"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="203"/>
        <source>then notify</source>
        <translation>затем уведомить</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="431"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="441"/>
        <source>new_role_key</source>
        <translation>ключ латиницей, напр. cfo</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="442"/>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="557"/>
        <source>Add role</source>
        <translation>Добавить роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="474"/>
        <source>Name of role {0}</source>
        <translation>Название роли {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="475"/>
        <source>Key: {0}</source>
        <translation>Ключ: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="478"/>
        <source>Who is role {0}</source>
        <translation>Кто исполняет роль {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="488"/>
        <source>Value of role {0}</source>
        <translation>Значение роли {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="490"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="491"/>
        <source>Delete role {0}</source>
        <translation>Удалить роль {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="498"/>
        <source>The initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="499"/>
        <source>A fixed user</source>
        <translation>Конкретный пользователь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="500"/>
        <source>Whoever holds a position</source>
        <translation>Тот, кто занимает должность</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="501"/>
        <source>The user in a field</source>
        <translation>Пользователь из поля</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="502"/>
        <source>Head of a department</source>
        <translation>Руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="503"/>
        <source>The initiator&apos;s manager</source>
        <translation>Руководитель инициатора</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="504"/>
        <source>Chosen during the run</source>
        <translation>Назначается по ходу процесса</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="567"/>
        <source>Delete role</source>
        <translation>Удалить роль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/editor/process_panel.py" line="568"/>
        <source>“{0}” is used by:
{1}

Delete it anyway? You can undo this.</source>
        <translation>«{0}» используется в:
{1}

Всё равно удалить? Это можно отменить.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="34"/>
        <source>Sign in to bpdesk</source>
        <translation>Вход в bpdesk</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="37"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="45"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="46"/>
        <source>your login, or pick your name</source>
        <translation>логин или выберите своё имя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="58"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="59"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="60"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="66"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/signin.py" line="86"/>
        <source>Choose or type your login.</source>
        <translation>Выберите или введите логин.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="40"/>
        <source>Processes you can start</source>
        <translation>Процессы, которые вы можете запустить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="65"/>
        <source>No process is published for you to start yet.</source>
        <translation>Пока нет опубликованных процессов, которые вы можете запустить.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="118"/>
        <source>Start process</source>
        <translation>Запустить процесс</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="131"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="141"/>
        <source>Fill in the fields marked in red first.</source>
        <translation>Сначала заполните поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/start.py" line="152"/>
        <source>Started “{0}” (№{1})</source>
        <translation>Запущено: «{0}» (№{1})</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="172"/>
        <source>Choose a task on the left to see it here.</source>
        <translation>Выберите задачу слева, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="198"/>
        <source> (overdue)</source>
        <translation> (просрочено)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="199"/>
        <source>Due {0}{1}</source>
        <translation>Срок {0}{1}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="209"/>
        <source>About the case</source>
        <translation>О заявке</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="223"/>
        <source>Fill in</source>
        <translation>Заполните</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="236"/>
        <source>A comment (required to reject)</source>
        <translation>Комментарий (обязателен для отклонения)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="238"/>
        <source>A comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="240"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="248"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="249"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="250"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="250"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="251"/>
        <source>Acknowledged</source>
        <translation>Ознакомлен</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="264"/>
        <source>Reassign…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="276"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="278"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="304"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="308"/>
        <source>Fill this in</source>
        <translation>Заполните это поле</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="309"/>
        <source>Fill in the fields marked in red first.</source>
        <translation>Сначала заполните поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="318"/>
        <source>Say why you reject it in the comment.</source>
        <translation>Объясните в комментарии, почему вы отклоняете.</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="334"/>
        <source>Done: “{0}”</source>
        <translation>Выполнено: «{0}»</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="343"/>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="358"/>
        <source>Reassign</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="344"/>
        <source>Give “{0}” to:</source>
        <translation>Передать «{0}»:</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="360"/>
        <source>Given to {0}</source>
        <translation>Передано: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="367"/>
        <source>“{0}” was already completed by {1} at {2}. Nothing was changed.</source>
        <translation>«{0}» уже выполнил(а) {1} в {2}. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="394"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="395"/>
        <source>Including done</source>
        <translation>Включая выполненные</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="404"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="407"/>
        <source>No tasks for you. Start a process from the Start page.</source>
        <translation>Задач для вас нет. Запустите процесс на странице «Запустить процесс».</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="434"/>
        <source>My tasks: {0}</source>
        <translation>Мои задачи: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="436"/>
        <source>, {0} overdue</source>
        <translation>, просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="454"/>
        <source>Done: {0}</source>
        <translation>Выполнено: {0}</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/tasks.py" line="463"/>
        <source>Someone acted first</source>
        <translation>Кто-то успел раньше</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="477"/>
        <source>Edit user</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="477"/>
        <source>Add user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="484"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="491"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="493"/>
        <source>May design processes</source>
        <translation>Может проектировать процессы</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="496"/>
        <source>empty: they choose one at first sign-in</source>
        <translation>пусто: пароль выберут при первом входе</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="497"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="498"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="499"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="500"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="501"/>
        <source>Positions (keys)</source>
        <translation>Должности (ключи)</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="505"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../bpdesk/ui/workspace/lists.py" line="509"/>
        <source>Save user</source>
        <translation>Сохранить</translation>
    </message>
</context>
</TS>
