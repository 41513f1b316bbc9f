<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n document(s) re-created ({present} already here)</source>
        <translation>
            <numerusform>%n document re-created ({present} already here)</numerusform>
            <numerusform>%n documents re-created ({present} already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) restored</source>
        <translation>
            <numerusform>%n highlight restored</numerusform>
            <numerusform>%n highlights restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer edit(s) taken</source>
        <translation>
            <numerusform>%n newer edit taken</numerusform>
            <numerusform>%n newer edits taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document note(s)</source>
        <translation>
            <numerusform>%n document note</numerusform>
            <numerusform>%n document notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): {reason}</source>
        <translation>
            <numerusform>%n more item: {reason}</numerusform>
            <numerusform>%n more items: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: document not in this library (%n annotation(s)); import it first, then restore again</source>
        <translation>
            <numerusform>{title}: document not in this library (%n annotation); import it first, then restore again</numerusform>
            <numerusform>{title}: document not in this library (%n annotations); import it first, then restore again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed in the current text of their document</source>
        <translation>
            <numerusform>%n highlight could not be placed in the current text of their document</numerusform>
            <numerusform>%n highlights could not be placed in the current text of their document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n document(s) with their annotations to {path}</source>
        <translation>
            <numerusform>Backed up %n document with their annotations to {path}</numerusform>
            <numerusform>Backed up %n documents with their annotations to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Show Details…)</source>
        <translation>
            <numerusform>and %n more (Show Details…)</numerusform>
            <numerusform>and %n more (Show Details…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <source>Notes exported for %n document(s) to {folder}.</source>
        <translation>
            <numerusform>Notes exported for %n document to {folder}.</numerusform>
            <numerusform>Notes exported for %n documents to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, {unchanged} already up to date.</source>
        <translation>
            <numerusform>%n file written, {unchanged} already up to date.</numerusform>
            <numerusform>%n files written, {unchanged} already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n document(s); the index file was left as it was.</source>
        <translation>
            <numerusform>Stopped before the other %n document; the index file was left as it was.</numerusform>
            <numerusform>Stopped before the other %n documents; the index file was left as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n new</source>
        <translation>
            <numerusform>Imported %n new</numerusform>
            <numerusform>Imported %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s)</source>
        <translation>
            <numerusform>%n new version</numerusform>
            <numerusform>%n new versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored from the trash</source>
        <translation>
            <numerusform>%n restored from the trash</numerusform>
            <numerusform>%n restored from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n more file(s)</source>
        <translation>
            <numerusform>; stopped before %n more file</numerusform>
            <numerusform>; stopped before %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n file(s) of other types: {names}</source>
        <translation>
            <numerusform>; skipped %n file of other types: {names}</numerusform>
            <numerusform>; skipped %n files of other types: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Importing %n item…</numerusform>
            <numerusform>Importing %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash: {titles}</source>
        <translation>
            <numerusform>Moved %n document to the trash: {titles}</numerusform>
            <numerusform>Moved %n documents to the trash: {titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash: {titles}</source>
        <translation>
            <numerusform>Restored %n document from the trash: {titles}</numerusform>
            <numerusform>Restored %n documents from the trash: {titles}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarginWords</name>
    <message numerus="yes">
        <source>%n highlight(s), in reading order</source>
        <translation>
            <numerusform>%n highlight, in reading order</numerusform>
            <numerusform>%n highlights, in reading order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinimapWords</name>
    <message numerus="yes">
        <source>%n highlight(s), at {places} of the text</source>
        <translation>
            <numerusform>%n highlight, at {places} of the text</numerusform>
            <numerusform>%n highlights, at {places} of the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search hit(s)</source>
        <translation>
            <numerusform>%n search hit</numerusform>
            <numerusform>%n search hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message numerus="yes">
        <source>%n highlights whose passages are no longer in this version</source>
        <translation>
            <numerusform>%n highlights whose passages are no longer in this version</numerusform>
            <numerusform>%n highlights whose passages are no longer in this version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingViewWords</name>
    <message numerus="yes">
        <source>%n highlight(s); the notes margin lists them.</source>
        <translation>
            <numerusform>%n highlight; the notes margin lists them.</numerusform>
            <numerusform>%n highlights; the notes margin lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message numerus="yes">
        <source>Match {number} of %n in this document · F3 next, Shift+F3 previous</source>
        <translation>
            <numerusform>Match {number} of %n in this document · F3 next, Shift+F3 previous</numerusform>
            <numerusform>Match {number} of %n in this document · F3 next, Shift+F3 previous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWording</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), the best {shown} shown</source>
        <translation>
            <numerusform>%n result, the best {shown} shown</numerusform>
            <numerusform>%n results, the best {shown} shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>%n highlight(s) deleted on one device and edited on another: kept, since an edit wins over a removal.</source>
        <translation>
            <numerusform>%n highlight deleted on one device and edited on another: kept, since an edit wins over a removal.</numerusform>
            <numerusform>%n highlights deleted on one device and edited on another: kept, since an edit wins over a removal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) from {devices}</source>
        <translation>
            <numerusform>%n change from {devices}</numerusform>
            <numerusform>%n changes from {devices}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted highlight(s) kept</source>
        <translation>
            <numerusform>%n deleted highlight kept</numerusform>
            <numerusform>%n deleted highlights kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>The trash is empty.

Documents you remove from the library wait here for %n day(s), with their highlights and notes.</source>
        <translation>
            <numerusform>The trash is empty.

Documents you remove from the library wait here for %n day, with their highlights and notes.</numerusform>
            <numerusform>The trash is empty.

Documents you remove from the library wait here for %n days, with their highlights and notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed documents are kept for %n day(s) with their highlights and notes, then deleted for good.</source>
        <translation>
            <numerusform>Removed documents are kept for %n day with their highlights and notes, then deleted for good.</numerusform>
            <numerusform>Removed documents are kept for %n days with their highlights and notes, then deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %n document(s)</source>
        <translation>
            <numerusform>&amp;Restore %n document</numerusform>
            <numerusform>&amp;Restore %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedRecovery</name>
    <message numerus="yes">
        <source>%n edit(s) could not be saved, nor kept in a recovery file ({problem}).

Close anyway and lose them?</source>
        <translation>
            <numerusform>%n edit could not be saved, nor kept in a recovery file ({problem}).

Close anyway and lose them?</numerusform>
            <numerusform>%n edits could not be saved, nor kept in a recovery file ({problem}).

Close anyway and lose them?</numerusform>
        </translation>
    </message>
</context>
</TS>
