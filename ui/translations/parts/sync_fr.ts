<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../window/sync/actions.py" line="81"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="82"/>
        <source>Sync &amp;folder…</source>
        <translation>&amp;Dossier de synchronisation…</translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="83"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="84"/>
        <source>S&amp;top syncing</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="100"/>
        <source>Choose the folder a sync tool shares</source>
        <translation>Choisir le dossier partagé par l’outil de synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/actions.py" line="164"/>
        <source>%n highlight(s) deleted on one device and edited on another: kept, since an edit wins over a removal.</source>
        <translation>
            <numerusform>%n surlignage supprimé sur un appareil et modifié sur un autre : conservé, car une modification l’emporte sur une suppression.</numerusform>
            <numerusform>%n surlignages supprimés sur un appareil et modifiés sur un autre : conservés, car une modification l’emporte sur une suppression.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="170"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../window/sync/actions.py" line="180"/>
        <source>“{quote}”</source>
        <translation>« {quote} »</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../window/sync/status.py" line="64"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="114"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="116"/>
        <source>Not synced: {reason}</source>
        <translation>Non synchronisé : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="118"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="119"/>
        <source>Synced {ago}</source>
        <translation>Synchronisé {ago}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="121"/>
        <source>%n change(s) from {devices}</source>
        <translation>
            <numerusform>%n modification venue de {devices}</numerusform>
            <numerusform>%n modifications venues de {devices}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="124"/>
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="126"/>
        <source>%n deleted highlight(s) kept</source>
        <translation>
            <numerusform>%n surlignage supprimé conservé</numerusform>
            <numerusform>%n surlignages supprimés conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="128"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="135"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="137"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="139"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/sync/status.py" line="140"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="145"/>
        <source>Sync folder: {folder}</source>
        <translation>Dossier de synchronisation : {folder}</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="147"/>
        <source>This device: {name}</source>
        <translation>Cet appareil : {name}</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="149"/>
        <source>Last synced {ago}</source>
        <translation>Dernière synchronisation {ago}</translation>
    </message>
    <message>
        <location filename="../../window/sync/status.py" line="151"/>
        <source>Skipped: {line}</source>
        <translation>Ignoré : {line}</translation>
    </message>
</context>
</TS>