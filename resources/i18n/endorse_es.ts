<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Won</source>
        <translation>Ganó</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdió</translation>
    </message>
    <message>
        <source>Advanced to the general</source>
        <translation>Pasó a la elección general</translation>
    </message>
    <message>
        <source>Advanced to a runoff</source>
        <translation>Pasó a la segunda vuelta</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Se retiró</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Sin resultado todavía</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>condicionado</translation>
    </message>
    <message>
        <source>rescinded</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Especial</translation>
    </message>
    <message>
        <source>Runoff</source>
        <translation>Segunda vuelta</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Campeón</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The value with the most dots weighs 5 and a value with no dots weighs 1; the others fall in between in proportion to their dots, rounded to the nearest whole weight.</source>
        <translation>El valor con más puntos pesa 5 y un valor sin puntos pesa 1; los demás quedan en medio, en proporción a sus puntos, redondeados al peso entero más cercano.</translation>
    </message>
    <message>
        <source>before an app update changed the file</source>
        <translation>antes de que una actualización de la app cambiara el archivo</translation>
    </message>
    <message>
        <source>when a vote round was finalized</source>
        <translation>al finalizar una ronda de votación</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>Paper ballots, choose one (a key per ballot)</source>
        <translation>Papeletas, elegir una opción (una tecla por papeleta)</translation>
    </message>
    <message>
        <source>Paper ballots, ranked (instant runoff)</source>
        <translation>Papeletas, por orden de preferencia (segunda vuelta instantánea)</translation>
    </message>
    <message>
        <source>Hand count (type the counts)</source>
        <translation>Conteo a mano (escriba los totales)</translation>
    </message>
    <message>
        <source>paper ballots, choose one</source>
        <translation>papeletas, elegir una opción</translation>
    </message>
    <message>
        <source>paper ballots, ranked</source>
        <translation>papeletas, por orden de preferencia</translation>
    </message>
    <message>
        <source>hand count</source>
        <translation>conteo a mano</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>En consideración</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Respaldado</translation>
    </message>
    <message>
        <source>Not endorsed</source>
        <translation>Sin respaldo</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrada)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Record (votes, actions)</source>
        <translation>Trayectoria (votos, acciones)</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Declaración pública</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <source>record</source>
        <translation>trayectoria</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>Texto del comunicado</translation>
    </message>
    <message>
        <source>Announcement text in Spanish</source>
        <translation>Texto del comunicado en español</translation>
    </message>
    <message>
        <source>The same announcement in Spanish, for printing in Spanish or both (optional)</source>
        <translation>El mismo comunicado en español, para imprimirlo en español o en ambos idiomas (opcional)</translation>
    </message>
    <message>
        <source>Whether the announcement is saved</source>
        <translation>Si el comunicado está guardado</translation>
    </message>
    <message>
        <source>Built from the record: who, how the members decided, the values it rests on and what the members promise. Fill in the [bracketed] parts; changes are saved as you type.</source>
        <translation>Armado a partir del registro: quién, cómo decidieron los miembros, los valores en que se basa y lo que los miembros se comprometen a hacer. Complete las partes [entre corchetes]; los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>In &amp;Spanish:</source>
        <translation>En e&amp;spañol:</translation>
    </message>
    <message>
        <source>Fresh &amp;Draft</source>
        <translation>&amp;Borrador nuevo</translation>
    </message>
    <message>
        <source>Replace the text with a new draft from the record (Ctrl+Z brings yours back)</source>
        <translation>Reemplazar el texto por un borrador nuevo a partir del registro (Ctrl+Z recupera el suyo)</translation>
    </message>
    <message>
        <source>&amp;Copy Announcement</source>
        <translation>&amp;Copiar comunicado</translation>
    </message>
    <message>
        <source>Copy the whole announcement as plain text, to paste into an email</source>
        <translation>Copiar todo el comunicado como texto simple, para pegarlo en un correo</translation>
    </message>
    <message>
        <source>Announcement as &amp;PDF…</source>
        <translation>Comunicado en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the announcement as a PDF press release</source>
        <translation>Guardar el comunicado como un comunicado de prensa en PDF</translation>
    </message>
    <message>
        <source>No endorsement chosen</source>
        <translation>No se eligió ningún respaldo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Draft from the record (not edited)</source>
        <translation>Borrador a partir del registro (sin editar)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>A fresh draft replaced the text; Ctrl+Z brings yours back</source>
        <translation>Un borrador nuevo reemplazó el texto; Ctrl+Z recupera el suyo</translation>
    </message>
    <message>
        <source>Announcement copied: paste it into an email or a document</source>
        <translation>Comunicado copiado: péguelo en un correo o un documento</translation>
    </message>
    <message>
        <source>Add pledge</source>
        <translation>Agregar promesa</translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation>Editar promesa</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pledge(s)</source>
        <translation>
            <numerusform>Borrar %n promesa</numerusform>
            <numerusform>Borrar %n promesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n pledge(s) %1</source>
        <translation>
            <numerusform>Marcar %n promesa como %1</numerusform>
            <numerusform>Marcar %n promesas como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-up sheet row: %1</source>
        <translation>Fila de la hoja de inscripción: %1</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Borrar meta</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Agregar actividad</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Editar actividad</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Borrar actividad</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>Agregar respaldo</translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation>Editar comunicado</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>New pledge</source>
        <translation>Nueva promesa</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Prometido el</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>E&amp;ndorsement:</source>
        <translation>&amp;Respaldo:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Pledged on:</source>
        <translation>&amp;Prometido el:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Campaign finance caution</source>
        <translation>Precaución sobre financiamiento de campañas</translation>
    </message>
    <message>
        <source>Coordination caution</source>
        <translation>Precaución sobre coordinación</translation>
    </message>
    <message>
        <source>Choose a member from the roster (add new people on the Members tab).</source>
        <translation>Elija un miembro del padrón (agregue personas nuevas en la pestaña Miembros).</translation>
    </message>
    <message>
        <source>Choose an endorsement and an activity.</source>
        <translation>Elija un respaldo y una actividad.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Every activity already has a goal for this endorsement.</source>
        <translation>Todas las actividades ya tienen una meta para este respaldo.</translation>
    </message>
    <message>
        <source>Add an endorsement made elsewhere</source>
        <translation>Agregar un respaldo decidido en otro lugar</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Contienda</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>e.g. 24 of 31 members voted yes at the May meeting</source>
        <translation>p. ej. 24 de 31 miembros votaron sí en la reunión de mayo</translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation>Cómo se decidió</translation>
    </message>
    <message>
        <source>Leave empty for an unconditional endorsement</source>
        <translation>Déjelo vacío para un respaldo sin condiciones</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>Co&amp;ntienda:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidato:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decidido el:</translation>
    </message>
    <message>
        <source>&amp;How it was decided:</source>
        <translation>Cómo se decid&amp;ió:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>C&amp;ondición:</translation>
    </message>
    <message>
        <source>Choose a race and a candidate the group has not endorsed yet.</source>
        <translation>Elija una contienda y un candidato que el grupo todavía no haya respaldado.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>for sign-up sheets in Spanish (optional)</source>
        <translation>para las hojas de inscripción en español (opcional)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name in &amp;Spanish:</source>
        <translation>Nombre en e&amp;spañol:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation>Póngale un nombre a la actividad.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>Activity catalog</source>
        <translation>Catálogo de actividades</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add an activity to the catalog</source>
        <translation>Agregar una actividad al catálogo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Rename the activity or change its unit</source>
        <translation>Cambiar el nombre o la unidad de la actividad</translation>
    </message>
    <message>
        <source>Archive / &amp;Restore</source>
        <translation>Archivar / &amp;Restaurar</translation>
    </message>
    <message>
        <source>Hide an activity from new goals and sheets, or bring it back</source>
        <translation>Ocultar una actividad de las metas y hojas nuevas, o traerla de vuelta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete an activity nothing uses yet</source>
        <translation>Borrar una actividad que todavía nada usa</translation>
    </message>
    <message>
        <source>Print a sign-up sheet</source>
        <translation>Imprimir una hoja de inscripción</translation>
    </message>
    <message>
        <source>Every endorsement (or every race before the vote)</source>
        <translation>Cada respaldo (o cada contienda antes de la votación)</translation>
    </message>
    <message>
        <source>no endorsement yet</source>
        <translation>todavía sin respaldo</translation>
    </message>
    <message numerus="yes">
        <source>Pre-print the names of the %n member(s) present at the latest meeting</source>
        <translation>
            <numerusform>Preimprimir el nombre del %n miembro presente en la última reunión</numerusform>
            <numerusform>Preimprimir los nombres de los %n miembros presentes en la última reunión</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-print names (no meeting attendance recorded yet)</source>
        <translation>Preimprimir nombres (todavía no hay asistencia registrada)</translation>
    </message>
    <message>
        <source>Names only: phone numbers and emails are never pre-printed</source>
        <translation>Solo nombres: los teléfonos y correos nunca se preimprimen</translation>
    </message>
    <message>
        <source>Pre-print names of members present</source>
        <translation>Preimprimir los nombres de los miembros presentes</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goals of this endorsement</source>
        <translation>Metas de este respaldo</translation>
    </message>
    <message>
        <source>Goals are what the group promises the campaign, each in its activity&apos;s unit. Pledged counts pledges that are pledged, confirmed or done.</source>
        <translation>Las metas son lo que el grupo le promete a la campaña, cada una en la unidad de su actividad. «Prometido» cuenta las promesas prometidas, confirmadas o hechas.</translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation>&amp;Nueva meta…</translation>
    </message>
    <message>
        <source>Add a goal for this endorsement</source>
        <translation>Agregar una meta para este respaldo</translation>
    </message>
    <message>
        <source>&amp;Edit Goal…</source>
        <translation>&amp;Editar meta…</translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation>Cambiar la meta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete Goal</source>
        <translation>&amp;Borrar meta</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Borrar la meta seleccionada</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Meta agregada</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Meta cambiada</translation>
    </message>
    <message>
        <source>Goal deleted (its pledges stay); Ctrl+Z brings it back</source>
        <translation>Meta borrada (sus promesas se conservan); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Show pledges for endorsement</source>
        <translation>Mostrar promesas del respaldo</translation>
    </message>
    <message>
        <source>Show pledges for activity</source>
        <translation>Mostrar promesas de la actividad</translation>
    </message>
    <message>
        <source>Show pledges with status</source>
        <translation>Mostrar promesas con el estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open (pledged or confirmed)</source>
        <translation>Abiertas (prometidas o confirmadas)</translation>
    </message>
    <message>
        <source>Member name…</source>
        <translation>Nombre del miembro…</translation>
    </message>
    <message>
        <source>Show pledges of member</source>
        <translation>Mostrar promesas del miembro</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Show overdue pledges only</source>
        <translation>Mostrar solo las promesas vencidas</translation>
    </message>
    <message>
        <source>Pledges shown</source>
        <translation>Promesas mostradas</translation>
    </message>
    <message>
        <source>Endorsement:</source>
        <translation>Respaldo:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Actividad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Miembro:</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Mark selected:</source>
        <translation>Marcar las seleccionadas:</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>The pledge&apos;s own due date, else its goal&apos;s, else election day</source>
        <translation>La fecha límite de la promesa, si no la de su meta, si no el día de la elección</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;New Pledge…</source>
        <translation>&amp;Nueva promesa…</translation>
    </message>
    <message>
        <source>Record a pledge by hand</source>
        <translation>Registrar una promesa a mano</translation>
    </message>
    <message>
        <source>&amp;Edit Pledge…</source>
        <translation>&amp;Editar promesa…</translation>
    </message>
    <message>
        <source>Change the selected pledge</source>
        <translation>Cambiar la promesa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete Pledges</source>
        <translation>&amp;Borrar promesas</translation>
    </message>
    <message>
        <source>Delete the selected pledges (Ctrl+Z brings them back)</source>
        <translation>Borrar las promesas seleccionadas (Ctrl+Z las recupera)</translation>
    </message>
    <message>
        <source>Mark the selected pledges %1</source>
        <translation>Marcar las promesas seleccionadas como %1</translation>
    </message>
    <message>
        <source>&amp;Overdue Only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Show only open pledges past their due date</source>
        <translation>Mostrar solo las promesas abiertas que pasaron su fecha límite</translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation>Buscar &amp;miembro</translation>
    </message>
    <message>
        <source>Type a member&apos;s name to see only their pledges</source>
        <translation>Escriba el nombre de un miembro para ver solo sus promesas</translation>
    </message>
    <message>
        <source>All endorsements</source>
        <translation>Todos los respaldos</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>%1 of %2 pledges</source>
        <translation>%1 de %2 promesas</translation>
    </message>
    <message>
        <source>No endorsement yet</source>
        <translation>Todavía sin respaldo</translation>
    </message>
    <message>
        <source>Pledges belong to an endorsement: add one first (Ctrl+Shift+A).</source>
        <translation>Las promesas pertenecen a un respaldo: agregue uno primero (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Pledge added</source>
        <translation>Promesa agregada</translation>
    </message>
    <message>
        <source>Pledge changed</source>
        <translation>Promesa cambiada</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n pledge(s); Ctrl+Z brings them back</source>
        <translation>
            <numerusform>Se borró %n promesa; Ctrl+Z la recupera</numerusform>
            <numerusform>Se borraron %n promesas; Ctrl+Z las recupera</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the pledges to mark first</source>
        <translation>Primero seleccione las promesas que quiere marcar</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n pledge(s) %1</source>
        <translation>
            <numerusform>Se marcó %n promesa como %1</numerusform>
            <numerusform>Se marcaron %n promesas como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pledged (%3%) · %4 done (%5%)</source>
        <translation>%1 de %2 prometido (%3%) · %4 hecho (%5%)</translation>
    </message>
    <message>
        <source>Progress toward each goal</source>
        <translation>Avance hacia cada meta</translation>
    </message>
    <message>
        <source>No goals yet: add them on the Goals page (Alt+3).</source>
        <translation>Todavía no hay metas: agréguelas en la página Metas (Alt+3).</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence el</translation>
    </message>
    <message>
        <source>past due</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>Blue: pledged (pledged, confirmed or done) · Orange: done · Full bar: the goal</source>
        <translation>Azul: prometido (prometido, confirmado o hecho) · Naranja: hecho · Barra completa: la meta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>No-show / dropped</source>
        <translation>No se presentó / abandonado</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Hecho hasta ahora</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Goals: pledged and done</source>
        <translation>Metas: prometido y hecho</translation>
    </message>
    <message>
        <source>Totals by activity</source>
        <translation>Totales por actividad</translation>
    </message>
    <message>
        <source>Totals by member</source>
        <translation>Totales por miembro</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Overdue pledges</source>
        <translation>Promesas vencidas</translation>
    </message>
    <message>
        <source>⚠ Goal past due: %1 — %2 of %3 done by %4</source>
        <translation>⚠ Meta vencida: %1 — %2 de %3 hecho para el %4</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Sign-up sheet rows</source>
        <translation>Filas de la hoja de inscripción</translation>
    </message>
    <message>
        <source>Row %1 is not saved yet: go back to it and press Enter to save it</source>
        <translation>La fila %1 todavía no está guardada: vuelva a ella y presione Enter para guardarla</translation>
    </message>
    <message>
        <source>Type the name on row %1 first</source>
        <translation>Primero escriba el nombre de la fila %1</translation>
    </message>
    <message>
        <source>“%1” is not on the roster: press Enter to add them, then tick %2</source>
        <translation>“%1” no está en el padrón: presione Enter para agregarlo y luego marque %2</translation>
    </message>
    <message>
        <source>“%1” is not on the roster. Enter adds them as a new member; Esc retypes.</source>
        <translation>“%1” no está en el padrón. Enter lo agrega como miembro nuevo; Esc para volver a escribir.</translation>
    </message>
    <message>
        <source>Row %1 is not saved: Enter saves it</source>
        <translation>La fila %1 no está guardada: Enter la guarda</translation>
    </message>
    <message>
        <source>Row %1 is saved: Ctrl+Z takes it back to change it</source>
        <translation>La fila %1 está guardada: Ctrl+Z la recupera para cambiarla</translation>
    </message>
    <message>
        <source>There is no activity %1 on this sheet</source>
        <translation>No hay una actividad %1 en esta hoja</translation>
    </message>
    <message>
        <source>Date the sheet was signed</source>
        <translation>Fecha en que se firmó la hoja</translation>
    </message>
    <message>
        <source>What to press next</source>
        <translation>Qué presionar a continuación</translation>
    </message>
    <message>
        <source>Keys for this step</source>
        <translation>Teclas de este paso</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Firmada &amp;el:</translation>
    </message>
    <message>
        <source>Sheet for %1</source>
        <translation>Hoja para %1</translation>
    </message>
    <message>
        <source>Type the first name on the sheet.</source>
        <translation>Escriba el primer nombre de la hoja.</translation>
    </message>
    <message>
        <source>Add an endorsement first: sheets are typed in for an endorsement.</source>
        <translation>Primero agregue un respaldo: las hojas se escriben para un respaldo.</translation>
    </message>
    <message>
        <source>Row %1 is not saved: confirm the new member (Enter) or retype the name</source>
        <translation>La fila %1 no está guardada: confirme el miembro nuevo (Enter) o vuelva a escribir el nombre</translation>
    </message>
    <message>
        <source>Row %1 has no ticks: nothing to save</source>
        <translation>La fila %1 no tiene marcas: no hay nada que guardar</translation>
    </message>
    <message>
        <source>Row not saved</source>
        <translation>Fila sin guardar</translation>
    </message>
    <message>
        <source>Row %1 saved: %2, %3 pledge(s)</source>
        <translation>Fila %1 guardada: %2, %3 promesa(s)</translation>
    </message>
    <message>
        <source> (new member)</source>
        <translation> (miembro nuevo)</translation>
    </message>
    <message>
        <source>“%1” is not on the roster. Enter adds them as a new member; Esc retypes the name.</source>
        <translation>“%1” no está en el padrón. Enter lo agrega como miembro nuevo; Esc para volver a escribir el nombre.</translation>
    </message>
    <message>
        <source>New member %1: type their phone and email from the sheet (Tab skips), then tick activities</source>
        <translation>Miembro nuevo %1: escriba su teléfono y correo de la hoja (Tab los salta) y luego marque actividades</translation>
    </message>
    <message>
        <source>Row %1: %2 — %3</source>
        <translation>Fila %1: %2 — %3</translation>
    </message>
    <message>
        <source>press 1–9 to tick activities</source>
        <translation>presione 1–9 para marcar actividades</translation>
    </message>
    <message>
        <source>Typed, not saved yet</source>
        <translation>Escrita, todavía sin guardar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Press %1 to tick %2 (quantity in %3)</source>
        <translation>Presione %1 para marcar %2 (cantidad en %3)</translation>
    </message>
    <message>
        <source>On the roster already</source>
        <translation>Ya está en el padrón</translation>
    </message>
    <message>
        <source>%1 — not on the roster: Enter adds, Esc retypes</source>
        <translation>%1 — no está en el padrón: Enter lo agrega, Esc para volver a escribir</translation>
    </message>
    <message>
        <source>%1 (new member)</source>
        <translation>%1 (miembro nuevo)</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>Type the name on the sheet · Up/Down: another row</source>
        <translation>Escriba el nombre de la hoja · Arriba/Abajo: otra fila</translation>
    </message>
    <message>
        <source>Letters: the name · Enter or Tab: take the match shown (or the name as typed) · 1–9: take it and tick that activity · Up/Down: other matches · Esc: hide the match, then clear · Backspace: delete a letter</source>
        <translation>Letras: el nombre · Enter o Tab: tomar la coincidencia que se muestra (o el nombre tal como está escrito) · 1–9: tomarla y marcar esa actividad · Arriba/Abajo: otras coincidencias · Esc: ocultar la coincidencia, luego borrar · Retroceso: borrar una letra</translation>
    </message>
    <message>
        <source>Enter: add as a new member · Esc: retype the name</source>
        <translation>Enter: agregar como miembro nuevo · Esc: volver a escribir el nombre</translation>
    </message>
    <message>
        <source>Type the phone from the sheet · Enter or Tab: on to the email</source>
        <translation>Escriba el teléfono de la hoja · Enter o Tab: pasar al correo</translation>
    </message>
    <message>
        <source>Type the email from the sheet · Enter or Tab: on to the activities</source>
        <translation>Escriba el correo de la hoja · Enter o Tab: pasar a las actividades</translation>
    </message>
    <message>
        <source>1–9: tick or untick that activity · Space: tick the column under the cursor · +/−: its quantity · F2: type a quantity · Left/Right: move · Enter or Down: save the row, next row · Esc: back to the name</source>
        <translation>1–9: marcar o desmarcar esa actividad · Espacio: marcar la columna bajo el cursor · +/−: su cantidad · F2: escribir una cantidad · Izquierda/Derecha: moverse · Enter o Abajo: guardar la fila, siguiente fila · Esc: volver al nombre</translation>
    </message>
    <message>
        <source>Digits: the quantity · Enter: set it (0 unticks) · Esc: keep the old one</source>
        <translation>Dígitos: la cantidad · Enter: fijarla (0 desmarca) · Esc: conservar la anterior</translation>
    </message>
    <message>
        <source>Type the notes · Enter: save the row, next row · Esc: back</source>
        <translation>Escriba las notas · Enter: guardar la fila, siguiente fila · Esc: volver</translation>
    </message>
    <message>
        <source>This row is saved: no key changes it · Ctrl+Z takes the last saved row back · Up/Down: another row</source>
        <translation>Esta fila está guardada: ninguna tecla la cambia · Ctrl+Z recupera la última fila guardada · Arriba/Abajo: otra fila</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Endorsement being worked on</source>
        <translation>Respaldo en que se trabaja</translation>
    </message>
    <message>
        <source>Goals, the sign-up sheet, progress, the announcement and F5 follow this choice</source>
        <translation>Las metas, la hoja de inscripción, el avance, el comunicado y F5 siguen esta elección</translation>
    </message>
    <message>
        <source>&amp;Working on:</source>
        <translation>&amp;Trabajando en:</translation>
    </message>
    <message>
        <source>Sign-up Sheet Entry</source>
        <translation>Ingreso de hojas de inscripción</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>&amp;Pledges</source>
        <translation>&amp;Promesas</translation>
    </message>
    <message>
        <source>Every pledge, with filters</source>
        <translation>Todas las promesas, con filtros</translation>
    </message>
    <message>
        <source>&amp;Type In a Sign-up Sheet</source>
        <translation>&amp;Escribir una hoja de inscripción</translation>
    </message>
    <message>
        <source>Enter a paper sign-up sheet, keyboard only</source>
        <translation>Ingresar una hoja de inscripción en papel, solo con el teclado</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>What the group promises this campaign</source>
        <translation>Lo que el grupo le promete a esta campaña</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>A&amp;vance</translation>
    </message>
    <message>
        <source>Goals against pledges, totals, overdue</source>
        <translation>Metas frente a promesas, totales, vencidas</translation>
    </message>
    <message>
        <source>&amp;Announcement</source>
        <translation>&amp;Comunicado</translation>
    </message>
    <message>
        <source>The press-release draft for this endorsement</source>
        <translation>El borrador del comunicado de prensa de este respaldo</translation>
    </message>
    <message>
        <source>Start a &amp;New Sheet</source>
        <translation>Empezar una &amp;hoja nueva</translation>
    </message>
    <message>
        <source>Clear the entry grid for the next paper sheet (saved rows stay saved)</source>
        <translation>Vaciar la cuadrícula para la siguiente hoja en papel (las filas guardadas siguen guardadas)</translation>
    </message>
    <message>
        <source>Add &amp;Endorsement Made Elsewhere…</source>
        <translation>Agregar respaldo &amp;decidido en otro lugar…</translation>
    </message>
    <message>
        <source>Record an endorsement decided outside this app (another meeting, an email vote)</source>
        <translation>Registrar un respaldo decidido fuera de esta app (otra reunión, una votación por correo)</translation>
    </message>
    <message>
        <source>A&amp;ctivities…</source>
        <translation>Ac&amp;tividades…</translation>
    </message>
    <message>
        <source>The activity catalog: add, rename, archive</source>
        <translation>El catálogo de actividades: agregar, renombrar, archivar</translation>
    </message>
    <message>
        <source>C&amp;ommitments</source>
        <translation>C&amp;ompromisos</translation>
    </message>
    <message>
        <source>No endorsement yet — add one (Ctrl+Shift+A)</source>
        <translation>Todavía sin respaldo — agregue uno (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se agregó</translation>
    </message>
    <message>
        <source>Endorsement recorded; set its goals next (Alt+3)</source>
        <translation>Respaldo registrado; ahora fije sus metas (Alt+3)</translation>
    </message>
    <message>
        <source>Announcement %1</source>
        <translation>Comunicado %1</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Start a new meeting: date and place</source>
        <translation>Empezar una reunión nueva: fecha y lugar</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>&amp;Editar reunión…</translation>
    </message>
    <message>
        <source>Change this meeting&apos;s date, place or notes</source>
        <translation>Cambiar la fecha, el lugar o las notas de esta reunión</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>Registrar &amp;llegada…</translation>
    </message>
    <message>
        <source>Type a member&apos;s name to check them in</source>
        <translation>Escriba el nombre de un miembro para registrar su llegada</translation>
    </message>
    <message>
        <source>New &amp;Vote…</source>
        <translation>Nueva &amp;votación…</translation>
    </message>
    <message>
        <source>Vote on a race: method and rule</source>
        <translation>Votar sobre una contienda: método y regla</translation>
    </message>
    <message>
        <source>&amp;Count Ballots</source>
        <translation>&amp;Contar papeletas</translation>
    </message>
    <message>
        <source>Put the keyboard on the tally</source>
        <translation>Llevar el teclado al conteo</translation>
    </message>
    <message>
        <source>&amp;Recusals…</source>
        <translation>&amp;Recusaciones…</translation>
    </message>
    <message>
        <source>Members who sit this vote out for a conflict of interest</source>
        <translation>Miembros que no participan en esta votación por un conflicto de interés</translation>
    </message>
    <message>
        <source>&amp;Finalize Round…</source>
        <translation>&amp;Finalizar ronda…</translation>
    </message>
    <message>
        <source>Lock this round and announce the result</source>
        <translation>Cerrar esta ronda y anunciar el resultado</translation>
    </message>
    <message>
        <source>Ne&amp;xt Round…</source>
        <translation>Siguiente ro&amp;nda…</translation>
    </message>
    <message>
        <source>No decision: open the next round under the repeated-ballot rule</source>
        <translation>Sin decisión: abrir la siguiente ronda según la regla de votación repetida</translation>
    </message>
    <message>
        <source>C&amp;lose Vote</source>
        <translation>Cerrar v&amp;otación</translation>
    </message>
    <message>
        <source>Stop balloting without a decision</source>
        <translation>Dejar de votar sin una decisión</translation>
    </message>
    <message>
        <source>Run the &amp;Ranked Count</source>
        <translation>Hacer el conteo por orden de &amp;preferencia</translation>
    </message>
    <message>
        <source>Count the ranked ballots so far, round by round</source>
        <translation>Contar las papeletas por orden de preferencia hasta ahora, ronda por ronda</translation>
    </message>
    <message>
        <source>Record a &amp;Lot…</source>
        <translation>Registrar un &amp;sorteo…</translation>
    </message>
    <message>
        <source>A tie for fewest votes in a ranked count: record whom the lot eliminated</source>
        <translation>Un empate entre los menos votados en un conteo por orden de preferencia: registrar a quién eliminó el sorteo</translation>
    </message>
    <message>
        <source>&amp;Amend Finalized Round…</source>
        <translation>&amp;Enmendar ronda finalizada…</translation>
    </message>
    <message>
        <source>Correct a finalized round, with a reason kept in the audit log</source>
        <translation>Corregir una ronda finalizada, con un motivo que se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <source>En&amp;dorsement Status…</source>
        <translation>Estado del res&amp;paldo…</translation>
    </message>
    <message>
        <source>Active, conditional or rescinded: the change is kept in the audit log</source>
        <translation>Activo, condicionado o revocado: el cambio se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Export Vote Record…</source>
        <translation>E&amp;xportar registro de la votación…</translation>
    </message>
    <message>
        <source>Save this vote as a vote record (JSON) that anyone can recount</source>
        <translation>Guardar esta votación como un registro (JSON) que cualquiera puede volver a contar</translation>
    </message>
    <message>
        <source>Show Live &amp;Vote</source>
        <translation>Mostrar votación en &amp;vivo</translation>
    </message>
    <message>
        <source>Put the live vote on the projector</source>
        <translation>Mostrar la votación en vivo en el proyector</translation>
    </message>
    <message>
        <source>Show Res&amp;ult</source>
        <translation>Mostrar res&amp;ultado</translation>
    </message>
    <message>
        <source>Put the result sentence on the projector</source>
        <translation>Mostrar la frase del resultado en el proyector</translation>
    </message>
    <message>
        <source>Show Speech &amp;Timer</source>
        <translation>Mostrar cronómetro de &amp;discursos</translation>
    </message>
    <message>
        <source>Put the speech countdown on the projector</source>
        <translation>Mostrar la cuenta regresiva de los discursos en el proyector</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Timer</source>
        <translation>&amp;Iniciar o pausar cronómetro</translation>
    </message>
    <message>
        <source>Start the speech countdown, or pause it</source>
        <translation>Iniciar la cuenta regresiva del discurso, o pausarla</translation>
    </message>
    <message>
        <source>Rese&amp;t Timer</source>
        <translation>Reinicia&amp;r cronómetro</translation>
    </message>
    <message>
        <source>Put the countdown back to the full length</source>
        <translation>Volver la cuenta regresiva a la duración completa</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
    <message>
        <source>Blank or spoiled</source>
        <translation>En blanco o anulada</translation>
    </message>
    <message>
        <source>Blank or overvoted</source>
        <translation>En blanco o con votos de más</translation>
    </message>
    <message>
        <source>No choice left</source>
        <translation>Sin opción restante</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>no se cuenta</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation>todavía sin votos</translation>
    </message>
    <message>
        <source>✓ reached</source>
        <translation>✓ alcanzado</translation>
    </message>
    <message>
        <source>✓ so far</source>
        <translation>✓ hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>needs 0000 more</source>
        <translation>faltan 0000</translation>
    </message>
    <message>
        <source>%d needed</source>
        <translation>se necesitan %d</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <source>Add someone to the roster</source>
        <translation>Agregar a alguien al padrón</translation>
    </message>
    <message>
        <source>&amp;Edit Member…</source>
        <translation>&amp;Editar miembro…</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s details or eligibility</source>
        <translation>Cambiar los datos o la habilitación del miembro seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected members (only those with no meeting or pledge records)</source>
        <translation>Quitar los miembros seleccionados (solo los que no tienen registros de reuniones ni promesas)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Keep former members&apos; records but take them off the current roster</source>
        <translation>Conservar los registros de exmiembros pero sacarlos del padrón actual</translation>
    </message>
    <message>
        <source>Jump to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>To the List</source>
        <translation>A la lista</translation>
    </message>
    <message>
        <source>To the list</source>
        <translation>A la lista</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear the search, then go to the list</source>
        <translation>Borrar la búsqueda y luego ir a la lista</translation>
    </message>
    <message>
        <source>%d members</source>
        <translation>%d miembros</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>Agregar a %s</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Editar a %s</translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation>Archivar a %s</translation>
    </message>
    <message>
        <source>Unarchive %s</source>
        <translation>Desarchivar a %s</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>Borrar a %s</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name (split in two)</source>
        <translation>Nombre completo (dividido en dos)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Joined date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Eligible / dues paid (yes or no)</source>
        <translation>Habilitado / cuotas pagadas (sí o no)</translation>
    </message>
    <message>
        <source>Notes (added to theirs)</source>
        <translation>Notas (se agregan a las suyas)</translation>
    </message>
    <message>
        <source>Action Network report</source>
        <translation>Informe de Action Network</translation>
    </message>
    <message>
        <source>Mobilize export</source>
        <translation>Exportación de Mobilize</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>add</source>
        <translation>agregar</translation>
    </message>
    <message>
        <source>update: %s</source>
        <translation>actualizar: %s</translation>
    </message>
    <message>
        <source>merge: %s</source>
        <translation>combinar: %s</translation>
    </message>
    <message>
        <source>skip: %s</source>
        <translation>omitir: %s</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>combinados</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Miembros actuales</translation>
    </message>
    <message>
        <source>Eligible to vote</source>
        <translation>Habilitados para votar</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No habilitados</translation>
    </message>
    <message>
        <source>Everyone, archived too</source>
        <translation>Todos, también los archivados</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Whether the member may vote, and if not, why</source>
        <translation>Si el miembro puede votar y, si no, por qué</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>Not eligible to vote: %s</source>
        <translation>No habilitado para votar: %s</translation>
    </message>
    <message>
        <source>Archived: no longer an active member</source>
        <translation>Archivado: ya no es un miembro activo</translation>
    </message>
    <message>
        <source>Values %1–%2 of %3</source>
        <translation>Valores %1–%2 de %3</translation>
    </message>
    <message>
        <source>Candidates %1–%2 of %3</source>
        <translation>Candidatos %1–%2 de %3</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda 1 minuto</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>Queda 1 segundo</translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation>Quedan %d segundos</translation>
    </message>
    <message>
        <source>Paused · %s</source>
        <translation>En pausa · %s</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>&amp;Shared File (JSON)…</source>
        <translation>Archivo &amp;compartido (JSON)…</translation>
    </message>
    <message>
        <source>Merge values, races, candidates and ratings another group shared with you</source>
        <translation>Combinar valores, contiendas, candidatos y calificaciones que otro grupo compartió con ustedes</translation>
    </message>
    <message>
        <source>Write values, races, candidates and ratings to share with another group</source>
        <translation>Escribir valores, contiendas, candidatos y calificaciones para compartir con otro grupo</translation>
    </message>
    <message>
        <source>&amp;Scorecards…</source>
        <translation>&amp;Fichas de evaluación…</translation>
    </message>
    <message>
        <source>The scorecard handout of every race as a PDF, opened when written</source>
        <translation>La ficha de evaluación impresa de cada contienda en PDF, que se abre al terminar</translation>
    </message>
    <message>
        <source>New &amp;Race…</source>
        <translation>Nueva &amp;contienda…</translation>
    </message>
    <message>
        <source>Add a race</source>
        <translation>Agregar una contienda</translation>
    </message>
    <message>
        <source>Edit Ra&amp;ce…</source>
        <translation>Editar con&amp;tienda…</translation>
    </message>
    <message>
        <source>Change the selected race</source>
        <translation>Cambiar la contienda seleccionada</translation>
    </message>
    <message>
        <source>Archive Race</source>
        <translation>Archivar contienda</translation>
    </message>
    <message>
        <source>Hide the race from lists and the handout, keeping everything (or bring it back)</source>
        <translation>Ocultar la contienda de las listas y de la ficha impresa, conservando todo (o traerla de vuelta)</translation>
    </message>
    <message>
        <source>Delete Race</source>
        <translation>Borrar contienda</translation>
    </message>
    <message>
        <source>Delete an empty race (a race with candidates or votes is archived instead)</source>
        <translation>Borrar una contienda vacía (una contienda con candidatos o votaciones se archiva)</translation>
    </message>
    <message>
        <source>&amp;New Candidate…</source>
        <translation>&amp;Nuevo candidato…</translation>
    </message>
    <message>
        <source>Add a candidate to the selected race</source>
        <translation>Agregar un candidato a la contienda seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Editar candidato…</translation>
    </message>
    <message>
        <source>Change the selected candidate</source>
        <translation>Cambiar el candidato seleccionado</translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation>&amp;Archivar candidato</translation>
    </message>
    <message>
        <source>Hide the candidate from the scorecard, keeping their ratings (or bring back)</source>
        <translation>Ocultar al candidato de la ficha, conservando sus calificaciones (o traerlo de vuelta)</translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation>&amp;Borrar candidato</translation>
    </message>
    <message>
        <source>Delete a candidate with nothing recorded (others are archived instead)</source>
        <translation>Borrar un candidato sin nada registrado (los demás se archivan)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Fecha de la elección</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>Questionnaire returned</source>
        <translation>Cuestionario devuelto</translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <source>List archived races and candidates too</source>
        <translation>Listar también las contiendas y los candidatos archivados</translation>
    </message>
    <message>
        <source>Rating &amp;&amp; E&amp;vidence…</source>
        <translation>Calificación y e&amp;videncia…</translation>
    </message>
    <message>
        <source>Edit the selected cell&apos;s rating, evidence and source (Enter in the grid)</source>
        <translation>Editar la calificación, la evidencia y el origen de la celda seleccionada (Enter en la cuadrícula)</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparación</translation>
    </message>
    <message>
        <source>Switch between the scorecard grid and the ranked comparison</source>
        <translation>Cambiar entre la cuadrícula de la ficha y la comparación ordenada</translation>
    </message>
    <message>
        <source>&amp;Previous Race</source>
        <translation>Contienda an&amp;terior</translation>
    </message>
    <message>
        <source>Go to the race above</source>
        <translation>Ir a la contienda de arriba</translation>
    </message>
    <message>
        <source>Ne&amp;xt Race</source>
        <translation>Contienda siguien&amp;te</translation>
    </message>
    <message>
        <source>Go to the race below</source>
        <translation>Ir a la contienda de abajo</translation>
    </message>
    <message>
        <source>Go to Races</source>
        <translation>Ir a las contiendas</translation>
    </message>
    <message>
        <source>Move the keyboard to the races</source>
        <translation>Llevar el teclado a las contiendas</translation>
    </message>
    <message>
        <source>Go to Candidates</source>
        <translation>Ir a los candidatos</translation>
    </message>
    <message>
        <source>Move the keyboard to the candidates</source>
        <translation>Llevar el teclado a los candidatos</translation>
    </message>
    <message>
        <source>Go to Scorecard</source>
        <translation>Ir a la ficha</translation>
    </message>
    <message>
        <source>Move the keyboard to the scorecard grid</source>
        <translation>Llevar el teclado a la cuadrícula de la ficha</translation>
    </message>
    <message>
        <source>&amp;Print This Race…</source>
        <translation>Im&amp;primir esta contienda…</translation>
    </message>
    <message>
        <source>Write this race&apos;s scorecard handout as a PDF and open it</source>
        <translation>Escribir la ficha de evaluación de esta contienda en PDF y abrirla</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Contiendas</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Show archived races and candidates</source>
        <translation>Mostrar las contiendas y los candidatos archivados</translation>
    </message>
    <message>
        <source>Race shown</source>
        <translation>Contienda mostrada</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Best weighted score on the left. Unknown ratings count neither for nor against a candidate, so compare coverage before reading much into a close score.</source>
        <translation>El mejor puntaje ponderado a la izquierda. Las calificaciones desconocidas no cuentan ni a favor ni en contra de un candidato, así que compare la cobertura antes de sacar conclusiones de un puntaje parejo.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Keys in the grid: arrows move · %s · Enter evidence · Delete clears · Ctrl+Z undo</source>
        <translation>Teclas en la cuadrícula: flechas para moverse · %s · Enter evidencia · Supr borra · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>Keys of the scorecard grid</source>
        <translation>Teclas de la cuadrícula de la ficha</translation>
    </message>
    <message>
        <source>in its list or panel</source>
        <translation>en su lista o panel</translation>
    </message>
    <message>
        <source>in its field</source>
        <translation>en su campo</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>en cualquier lugar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every menu command with a key. Tabs add their own menu while they are open.</source>
        <translation>Todos los comandos del menú que tienen una tecla. Las pestañas agregan su propio menú mientras están abiertas.</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Running an endorsement meeting&lt;/h2&gt;

&lt;h3&gt;Before the meeting&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Import the roster.&lt;/b&gt; File ▸ Import ▸ Members Roster (Ctrl+Shift+I) reads the CSV your
group exports from Action Network, Mobilize or a spreadsheet: names, contact details, dues and
who may vote. Check-in, the quorum and the sign-up sheets all work from this list; import again
before each meeting to bring it up to date (people already on it are updated, not doubled).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Agree on the rules.&lt;/b&gt; In File ▸ Group Settings, set the threshold (two-thirds of votes
cast is common), the quorum, whether &quot;No endorsement&quot; is on every ballot, and what happens when a
round decides nothing. Each vote can still use its own rule.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Write down your values.&lt;/b&gt; On the Values tab, list what the group stands for, give each
a weight from 1 to 5 and mark the ones no candidate may oppose (dealbreakers). If members disagree
on weights, run a dot vote at the start of the meeting.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Build the scorecards.&lt;/b&gt; Add each race and its candidates, then rate every candidate
against every value, with the evidence: their questionnaire, an interview, their record or a public
statement. Leave a cell Unknown rather than guess; the score only counts what is rated.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Print.&lt;/b&gt; File ▸ Print gives you the scorecard handout, paper ballots (enough for the
people you expect, plus a few) and sign-up sheets for the campaigns you may endorse.&lt;/li&gt;
&lt;/ol&gt;

&lt;h3&gt;During the meeting&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Check people in&lt;/b&gt; on the Meeting &amp;amp; Voting tab. The present count and the quorum are
always in the status bar.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Show the room.&lt;/b&gt; View ▸ Projector Window opens the second window; move it to the
projector and press F11. F5 presents whatever your current tab is about; Ctrl+B blanks it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Hear the candidates.&lt;/b&gt; The projector&apos;s timer keeps speeches fair.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Count.&lt;/b&gt; For a show of hands, type the counts. For paper ballots, read each ballot aloud
and press its number; Backspace takes back the last one. The room sees the totals grow, and
nothing typed is ever lost, even if the laptop dies.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Finalize the round.&lt;/b&gt; The app applies your rule exactly. If nobody reaches the
threshold, it offers the next round under your policy.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Collect commitments.&lt;/b&gt; Pass the sign-up sheets around while the result is fresh.&lt;/li&gt;
&lt;/ol&gt;

&lt;h3&gt;After the meeting&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Print the minutes&lt;/b&gt; (File ▸ Print ▸ Meeting summary) and have them signed.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Type in the sign-up sheets&lt;/b&gt; on the Commitments tab; it is quick and keyboard-only.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Follow up.&lt;/b&gt; Set goals with the campaign, confirm pledges, mark them done, and check the
overdue list every week until election day.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Announce it.&lt;/b&gt; The announcement draft on the Commitments tab is a starting point for
your press release.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Everything is saved the moment you do it. File ▸ Restore from Backup goes back to an earlier
copy if something went wrong.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Cómo llevar una reunión de respaldo&lt;/h2&gt;

&lt;h3&gt;Antes de la reunión&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Importen el padrón.&lt;/b&gt; Archivo ▸ Importar ▸ Padrón de miembros (Ctrl+Shift+I) lee el CSV
que su grupo exporta de Action Network, Mobilize o una hoja de cálculo: nombres, datos de contacto,
cuotas y quién puede votar. El registro de llegada, el quórum y las hojas de inscripción funcionan
a partir de esta lista; vuelvan a importarla antes de cada reunión para ponerla al día (las personas
que ya están en ella se actualizan, no se duplican).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pónganse de acuerdo en las reglas.&lt;/b&gt; En Archivo ▸ Configuración del grupo, fije el umbral
(lo común es dos tercios de los votos emitidos), el quórum, si «Sin respaldo» aparece en cada
papeleta y qué pasa cuando una ronda no decide nada. Cada votación puede usar su propia regla.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Escriban sus valores.&lt;/b&gt; En la pestaña Valores, anote lo que defiende el grupo, dele a cada
valor un peso de 1 a 5 y marque los que ningún candidato puede rechazar (innegociables). Si los
miembros no están de acuerdo con los pesos, hagan una votación con puntos al comienzo de la
reunión.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Armen las fichas de evaluación.&lt;/b&gt; Agregue cada contienda y sus candidatos, y califique a
cada candidato frente a cada valor, con la evidencia: su cuestionario, una entrevista, su
trayectoria o una declaración pública. Es mejor dejar una celda como Desconocido que adivinar; el
puntaje solo cuenta lo calificado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Impriman.&lt;/b&gt; Archivo ▸ Imprimir le da la ficha de evaluación impresa, las papeletas (las
suficientes para la gente que espera, y algunas más) y las hojas de inscripción para las campañas
que quizás respalden.&lt;/li&gt;
&lt;/ol&gt;

&lt;h3&gt;Durante la reunión&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Registre la llegada de la gente&lt;/b&gt; en la pestaña Reunión y votación. El número de presentes
y el quórum siempre están en la barra de estado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Muéstrele a la sala.&lt;/b&gt; Ver ▸ Ventana del proyector abre la segunda ventana; llévela al
proyector y presione F11. F5 presenta aquello de lo que trata la pestaña actual; Ctrl+B deja la
pantalla en blanco.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Escuchen a los candidatos.&lt;/b&gt; El cronómetro del proyector mantiene los discursos
parejos.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cuenten.&lt;/b&gt; En una votación a mano alzada, escriba los totales. Con papeletas, lea cada
papeleta en voz alta y presione su número; Retroceso deshace la última. La sala ve crecer los
totales, y nada de lo escrito se pierde nunca, aunque la computadora se apague.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Finalicen la ronda.&lt;/b&gt; La app aplica su regla con exactitud. Si nadie alcanza el umbral,
ofrece la siguiente ronda según su política.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reúnan compromisos.&lt;/b&gt; Hagan circular las hojas de inscripción mientras el resultado está
fresco.&lt;/li&gt;
&lt;/ol&gt;

&lt;h3&gt;Después de la reunión&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Impriman el acta&lt;/b&gt; (Archivo ▸ Imprimir ▸ Resumen de la reunión) y háganla firmar.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pasen las hojas de inscripción&lt;/b&gt; en la pestaña Compromisos; es rápido y se hace solo con
el teclado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Hagan seguimiento.&lt;/b&gt; Fijen metas con la campaña, confirmen las promesas, márquenlas como
hechas y revisen la lista de vencidas cada semana hasta el día de la elección.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Anúncienlo.&lt;/b&gt; El borrador del comunicado en la pestaña Compromisos es un punto de partida
para su comunicado de prensa.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Todo se guarda en el momento en que lo hace. Archivo ▸ Restaurar desde una copia de seguridad
vuelve a una copia anterior si algo salió mal.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio recién deshecho</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Nuevo archivo…</translation>
    </message>
    <message>
        <source>Start a new, empty group file</source>
        <translation>Empezar un archivo de grupo nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open another group file</source>
        <translation>Abrir otro archivo de grupo</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write a complete copy of this file elsewhere (everything is saved already)</source>
        <translation>Escribir una copia completa de este archivo en otro lugar (todo ya está guardado)</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>&amp;Members Roster (CSV)…</source>
        <translation>Padrón de &amp;miembros (CSV)…</translation>
    </message>
    <message>
        <source>Add and update members from an Action Network, Mobilize or other CSV export</source>
        <translation>Agregar y actualizar miembros desde una exportación CSV de Action Network, Mobilize u otra</translation>
    </message>
    <message>
        <source>&amp;Ballots…</source>
        <translation>&amp;Papeletas…</translation>
    </message>
    <message>
        <source>Paper ballots for a race: copies, ballots per page, ranked, serial numbers</source>
        <translation>Papeletas en papel para una contienda: copias, papeletas por página, por orden de preferencia, números de serie</translation>
    </message>
    <message>
        <source>Meeting &amp;Summary…</source>
        <translation>&amp;Resumen de la reunión…</translation>
    </message>
    <message>
        <source>The minutes: attendance, quorum, every vote round by round, signatures</source>
        <translation>El acta: asistencia, quórum, cada votación ronda por ronda, firmas</translation>
    </message>
    <message>
        <source>&amp;Sign-up Sheet…</source>
        <translation>&amp;Hoja de inscripción…</translation>
    </message>
    <message>
        <source>Commitment sign-up sheets to pass around the room (landscape PDF)</source>
        <translation>Hojas de inscripción de compromisos para hacer circular en la sala (PDF apaisado)</translation>
    </message>
    <message>
        <source>Co&amp;mmitment Report…</source>
        <translation>Informe de co&amp;mpromisos…</translation>
    </message>
    <message>
        <source>Goals, pledges and who to follow up with (internal: has contact details)</source>
        <translation>Metas, promesas y a quién hacerle seguimiento (interno: tiene datos de contacto)</translation>
    </message>
    <message>
        <source>&amp;Track Record…</source>
        <translation>His&amp;torial…</translation>
    </message>
    <message>
        <source>Endorsements, results and what members delivered, by cycle (no member data)</source>
        <translation>Respaldos, resultados y lo que cumplieron los miembros, por ciclo (sin datos de miembros)</translation>
    </message>
    <message>
        <source>Election C&amp;ycle…</source>
        <translation>Ciclo elec&amp;toral…</translation>
    </message>
    <message>
        <source>Work in another election cycle, or open the next one</source>
        <translation>Trabajar en otro ciclo electoral, o abrir el siguiente</translation>
    </message>
    <message>
        <source>All tables as &amp;CSV…</source>
        <translation>Todas las tablas en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write members, ratings, votes and commitments as CSV files for spreadsheets</source>
        <translation>Escribir miembros, calificaciones, votaciones y compromisos como archivos CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Group Settings…</source>
        <translation>Configuración del &amp;grupo…</translation>
    </message>
    <message>
        <source>Group name, cycle, paper size and the default voting rule</source>
        <translation>Nombre del grupo, ciclo, tamaño del papel y la regla de votación predeterminada</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close the app (everything is already saved)</source>
        <translation>Cerrar la app (todo ya está guardado)</translation>
    </message>
    <message>
        <source>&amp;Projector Window</source>
        <translation>Ventana del &amp;proyector</translation>
    </message>
    <message>
        <source>Open or close the window you show the room</source>
        <translation>Abrir o cerrar la ventana que ve la sala</translation>
    </message>
    <message>
        <source>&amp;Present Current</source>
        <translation>Pr&amp;esentar lo actual</translation>
    </message>
    <message>
        <source>Show what this tab is about (e.g. the current race) on the projector</source>
        <translation>Mostrar en el proyector aquello de lo que trata esta pestaña (p. ej. la contienda actual)</translation>
    </message>
    <message>
        <source>Projector &amp;Full Screen</source>
        <translation>Proyector en pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Make the projector window fill its screen (Esc leaves full screen)</source>
        <translation>Hacer que la ventana del proyector llene su pantalla (Esc sale de la pantalla completa)</translation>
    </message>
    <message>
        <source>&amp;Blank Projector</source>
        <translation>Proyector en &amp;blanco</translation>
    </message>
    <message>
        <source>Show only the group&apos;s name on the projector</source>
        <translation>Mostrar solo el nombre del grupo en el proyector</translation>
    </message>
    <message>
        <source>Projector &amp;Next</source>
        <translation>Proyector: si&amp;guiente</translation>
    </message>
    <message>
        <source>Step forward on the projector (next candidate or value)</source>
        <translation>Avanzar en el proyector (siguiente candidato o valor)</translation>
    </message>
    <message>
        <source>Projector Pre&amp;vious</source>
        <translation>Proyector: ante&amp;rior</translation>
    </message>
    <message>
        <source>Step back on the projector</source>
        <translation>Retroceder en el proyector</translation>
    </message>
    <message>
        <source>&amp;Running an Endorsement Meeting</source>
        <translation>&amp;Cómo llevar una reunión de respaldo</translation>
    </message>
    <message>
        <source>A short guide: before, during and after the meeting</source>
        <translation>Una guía breve: antes, durante y después de la reunión</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation>Todos los comandos que tienen una tecla</translation>
    </message>
    <message>
        <source>&amp;About Endorse Desktop</source>
        <translation>Acerca &amp;de Endorse Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Im&amp;primir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation>Pantalla del pro&amp;yector</translation>
    </message>
    <message>
        <source>Projector Lan&amp;guage</source>
        <translation>Idio&amp;ma del proyector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Majority (more than half)</source>
        <translation>Mayoría (más de la mitad)</translation>
    </message>
    <message>
        <source>Three-fifths (at least 3/5)</source>
        <translation>Tres quintos (al menos 3/5)</translation>
    </message>
    <message>
        <source>Two-thirds (at least 2/3)</source>
        <translation>Dos tercios (al menos 2/3)</translation>
    </message>
    <message>
        <source>Three-quarters (at least 3/4)</source>
        <translation>Tres cuartos (al menos 3/4)</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimidad</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>&amp;Candidates &amp;&amp; Scorecards</source>
        <translation>&amp;Candidatos y fichas</translation>
    </message>
    <message>
        <source>&amp;Meeting &amp;&amp; Voting</source>
        <translation>&amp;Reunión y votación</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;iembros</translation>
    </message>
    <message>
        <source>&amp;Results &amp;&amp; Track Record</source>
        <translation>Resul&amp;tados e historial</translation>
    </message>
    <message>
        <source>&amp;Add Value…</source>
        <translation>&amp;Agregar valor…</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Agregar un valor</translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>&amp;Editar valor…</translation>
    </message>
    <message>
        <source>Change the selected value&apos;s title, description, weight or dealbreaker flag</source>
        <translation>Cambiar el título, la descripción, el peso o la marca de innegociable del valor seleccionado</translation>
    </message>
    <message>
        <source>Change the selected value</source>
        <translation>Cambiar el valor seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Value</source>
        <translation>&amp;Borrar valor</translation>
    </message>
    <message>
        <source>Remove the selected value and its ratings (undo puts them back)</source>
        <translation>Quitar el valor seleccionado y sus calificaciones (deshacer las recupera)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the selected value up</source>
        <translation>Subir el valor seleccionado</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected value down</source>
        <translation>Bajar el valor seleccionado</translation>
    </message>
    <message>
        <source>D&amp;ot Vote</source>
        <translation>Votación con &amp;puntos</translation>
    </message>
    <message>
        <source>Tally members&apos; dots per value, then apply them as suggested weights</source>
        <translation>Contar los puntos de los miembros para cada valor y luego aplicarlos como pesos sugeridos</translation>
    </message>
    <message>
        <source>Add a D&amp;ot</source>
        <translation>Agregar un pu&amp;nto</translation>
    </message>
    <message>
        <source>One dot for the selected value (or press 1–9 for value number 1–9)</source>
        <translation>Un punto para el valor seleccionado (o presione 1–9 para el valor número 1–9)</translation>
    </message>
    <message>
        <source>Take Back &amp;Last Dot</source>
        <translation>Quitar el ú&amp;ltimo punto</translation>
    </message>
    <message>
        <source>Remove the most recent dot</source>
        <translation>Quitar el punto más reciente</translation>
    </message>
    <message>
        <source>Apply Dots as &amp;Weights…</source>
        <translation>Aplicar los puntos como pe&amp;sos…</translation>
    </message>
    <message>
        <source>See current and suggested weights side by side, then apply them</source>
        <translation>Ver los pesos actuales y los sugeridos lado a lado, y luego aplicarlos</translation>
    </message>
    <message>
        <source>&amp;Clear Dots</source>
        <translation>&amp;Vaciar los puntos</translation>
    </message>
    <message>
        <source>Start the dot vote again from zero (undo puts the dots back)</source>
        <translation>Empezar la votación con puntos desde cero (deshacer recupera los puntos)</translation>
    </message>
    <message>
        <source>Add value %s</source>
        <translation>Agregar el valor %s</translation>
    </message>
    <message>
        <source>Edit value %s</source>
        <translation>Editar el valor %s</translation>
    </message>
    <message>
        <source>Delete value %s</source>
        <translation>Borrar el valor %s</translation>
    </message>
    <message>
        <source>Reorder values</source>
        <translation>Reordenar los valores</translation>
    </message>
    <message>
        <source>Apply the dot vote as weights</source>
        <translation>Aplicar la votación con puntos como pesos</translation>
    </message>
    <message>
        <source>Dot for %s</source>
        <translation>Punto para %s</translation>
    </message>
    <message>
        <source>Take back the last dot</source>
        <translation>Quitar el último punto</translation>
    </message>
    <message>
        <source>Clear the dots</source>
        <translation>Vaciar los puntos</translation>
    </message>
    <message>
        <source>Money: members give to the campaign themselves. This app only notes what they tell you they gave; it never takes, holds or sends money. Contribution limits and reporting rules differ from place to place, so check the ones that apply before the group raises or spends money together.</source>
        <translation>Dinero: los miembros le aportan a la campaña por su cuenta. Esta app solo anota lo que le digan que aportaron; nunca recibe, guarda ni envía dinero. Los límites de aportes y las reglas de rendición de cuentas cambian de un lugar a otro, así que revise los que correspondan antes de que el grupo junte o gaste dinero en conjunto.</translation>
    </message>
    <message>
        <source>This group makes independent expenditures. Volunteering in the campaign&apos;s own canvass or phone bank is usually fine, but the group&apos;s own spending must not be planned with the campaign or shaped by its private plans, lists or needs. Keep such details out of these notes.</source>
        <translation>Este grupo hace gastos independientes. Ser voluntario en el puerta a puerta o en el banco telefónico de la propia campaña suele estar bien, pero el gasto del grupo no debe planearse con la campaña ni guiarse por sus planes, listas o necesidades privadas. Deje esos detalles fuera de estas notas.</translation>
    </message>
    <message>
        <source>Import members roster</source>
        <translation>Importar el padrón de miembros</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Leyendo %s…</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>No hay nada que importar</translation>
    </message>
    <message>
        <source>%s names its columns but has no rows of members.</source>
        <translation>%s nombra sus columnas pero no tiene filas de miembros.</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Se importó %1: %2</translation>
    </message>
    <message>
        <source>&amp;Enter Result…</source>
        <translation>&amp;Ingresar resultado…</translation>
    </message>
    <message>
        <source>How the race came out for the selected candidate: outcome, votes, share, date</source>
        <translation>Cómo le fue en la contienda al candidato seleccionado: resultado, votos, porcentaje, fecha</translation>
    </message>
    <message>
        <source>&amp;Clear Result</source>
        <translation>&amp;Quitar resultado</translation>
    </message>
    <message>
        <source>Remove the selected candidate&apos;s result (undo puts it back)</source>
        <translation>Quitar el resultado del candidato seleccionado (deshacer lo recupera)</translation>
    </message>
    <message>
        <source>&amp;Rate an Action in Office…</source>
        <translation>&amp;Calificar una acción en el cargo…</translation>
    </message>
    <message>
        <source>A vote, statement or town hall of the selected official, rated on one value</source>
        <translation>Un voto, una declaración o una asamblea pública del funcionario seleccionado, calificado según un valor</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;Borrar acción</translation>
    </message>
    <message>
        <source>Remove the selected action in office (undo puts it back)</source>
        <translation>Quitar la acción en el cargo seleccionada (deshacer la recupera)</translation>
    </message>
    <message>
        <source>&amp;Import Official Results (CSV)…</source>
        <translation>Importar resultados &amp;oficiales (CSV)…</translation>
    </message>
    <message>
        <source>Results for this cycle&apos;s races from a CSV: race, candidate, outcome, votes, share</source>
        <translation>Resultados de las contiendas de este ciclo desde un CSV: contienda, candidato, resultado, votos, porcentaje</translation>
    </message>
    <message>
        <source>Re&amp;view the Endorsement…</source>
        <translation>&amp;Revisar el respaldo…</translation>
    </message>
    <message>
        <source>An endorsed official was rated Opposes on a dealbreaker: keep, condition, rescind</source>
        <translation>Un funcionario respaldado fue calificado como Se opone en un innegociable: mantener, condicionar o revocar</translation>
    </message>
    <message>
        <source>&amp;New Election Cycle…</source>
        <translation>&amp;Nuevo ciclo electoral…</translation>
    </message>
    <message>
        <source>Close this cycle and open the next, carrying over what you choose</source>
        <translation>Cerrar este ciclo y abrir el siguiente, pasando lo que usted elija</translation>
    </message>
    <message>
        <source>Print the &amp;Public Summary…</source>
        <translation>Imprimir el resumen &amp;público…</translation>
    </message>
    <message>
        <source>The track record on one page, for electeds and campaigns (no member data)</source>
        <translation>El historial en una página, para funcionarios electos y campañas (sin datos de miembros)</translation>
    </message>
    <message>
        <source>Result for %s</source>
        <translation>Resultado de %s</translation>
    </message>
    <message>
        <source>Clear the result for %s</source>
        <translation>Quitar el resultado de %s</translation>
    </message>
    <message>
        <source>Import results from %s</source>
        <translation>Importar resultados de %s</translation>
    </message>
    <message>
        <source>Rate an action in office: %s</source>
        <translation>Calificar una acción en el cargo: %s</translation>
    </message>
    <message>
        <source>Delete the action %s</source>
        <translation>Borrar la acción %s</translation>
    </message>
    <message>
        <source>as before the review</source>
        <translation>como antes de la revisión</translation>
    </message>
    <message>
        <source>review undone</source>
        <translation>revisión deshecha</translation>
    </message>
    <message>
        <source>Review the endorsement of %s</source>
        <translation>Revisar el respaldo a %s</translation>
    </message>
    <message>
        <source>Work in the cycle %s</source>
        <translation>Trabajar en el ciclo %s</translation>
    </message>
    <message>
        <source>Open the cycle %s</source>
        <translation>Abrir el ciclo %s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Officials the group endorsed</source>
        <translation>Funcionarios electos que el grupo respaldó</translation>
    </message>
    <message>
        <source>Actions in office</source>
        <translation>Acciones en el cargo</translation>
    </message>
    <message>
        <source>Trend per value</source>
        <translation>Tendencia por valor</translation>
    </message>
    <message>
        <source>Endorsements to review</source>
        <translation>Respaldos por revisar</translation>
    </message>
    <message>
        <source>No endorsement needs a review.</source>
        <translation>Ningún respaldo necesita revisión.</translation>
    </message>
    <message>
        <source>Officials appear here once an endorsed candidate&apos;s result is Won.</source>
        <translation>Los funcionarios aparecen aquí cuando el resultado de un candidato respaldado es «Ganó».</translation>
    </message>
    <message>
        <source>No actions rated yet: press Insert to rate one.</source>
        <translation>Todavía no hay acciones calificadas: presione Insert para calificar una.</translation>
    </message>
    <message>
        <source> (dealbreaker)</source>
        <translation> (innegociable)</translation>
    </message>
    <message>
        <source>average %s of 4</source>
        <translation>promedio %s de 4</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Results of this cycle&apos;s races</source>
        <translation>Resultados de las contiendas de este ciclo</translation>
    </message>
    <message>
        <source>What the group delivered for this race</source>
        <translation>Lo que el grupo cumplió en esta contienda</translation>
    </message>
    <message>
        <source>Add races on the Candidates &amp; Scorecards tab; their results go here.</source>
        <translation>Agregue las contiendas en la pestaña Candidatos y fichas; sus resultados van aquí.</translation>
    </message>
    <message>
        <source>The group endorsed no one in this race.</source>
        <translation>El grupo no respaldó a nadie en esta contienda.</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>todavía sin resultado</translation>
    </message>
    <message>
        <source>Endorsed: %1 — %2</source>
        <translation>Respaldado: %1 — %2</translation>
    </message>
    <message>
        <source>What the group delivered (done of pledged):</source>
        <translation>Lo que el grupo cumplió (hecho de lo prometido):</translation>
    </message>
    <message>
        <source>No pledges were recorded for this endorsement.</source>
        <translation>No se registraron promesas para este respaldo.</translation>
    </message>
    <message>
        <source>Goals met: %1 of %2</source>
        <translation>Metas cumplidas: %1 de %2</translation>
    </message>
    <message>
        <source>%s ran before:</source>
        <translation>%s se postuló antes:</translation>
    </message>
    <message>
        <source>endorsed (%s)</source>
        <translation>respaldado (%s)</translation>
    </message>
    <message>
        <source>not endorsed</source>
        <translation>no respaldado</translation>
    </message>
    <message>
        <source>%1 endorsed, %2 won, %3 lost, %4 pending</source>
        <translation>%1 respaldados, %2 ganaron, %3 perdieron, %4 pendientes</translation>
    </message>
    <message>
        <source>primaries %1 of %2</source>
        <translation>primarias %1 de %2</translation>
    </message>
    <message>
        <source>generals %1 of %2</source>
        <translation>generales %1 de %2</translation>
    </message>
    <message>
        <source>pledges kept %1 of %2</source>
        <translation>promesas cumplidas %1 de %2</translation>
    </message>
    <message>
        <source>Value weights over the cycles</source>
        <translation>Pesos de los valores a lo largo de los ciclos</translation>
    </message>
    <message>
        <source>%1: %2; now %3</source>
        <translation>%1: %2; ahora %3</translation>
    </message>
    <message>
        <source>F5 shows the track-record slide on the projector; File ▸ Print ▸ Track Record prints the full record, this tab&apos;s menu the one-page public summary.</source>
        <translation>F5 muestra la diapositiva del historial en el proyector; Archivo ▸ Imprimir ▸ Historial imprime el historial completo, y el menú de esta pestaña, el resumen público de una página.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Spanish texts missing</source>
        <translation>Faltan textos en español</translation>
    </message>
    <message>
        <source>These texts have no Spanish yet, so they will print in English. Write them in the edit dialogs (the Spanish fields), or print anyway.</source>
        <translation>Estos textos todavía no están en español, así que se imprimirán en inglés. Escríbalos en los diálogos de edición (los campos en español), o imprima de todos modos.</translation>
    </message>
    <message>
        <source>Print &amp;anyway</source>
        <translation>Imprimir de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a finalized round</source>
        <translation>Enmendar una ronda finalizada</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Enmendar</translation>
    </message>
    <message>
        <source>A finalized round is corrected only by an amendment: it is added to the ballot record with your reason, the round is recounted, and the audit log keeps both.</source>
        <translation>Una ronda finalizada solo se corrige con una enmienda: se agrega al registro de papeletas con su motivo, la ronda se vuelve a contar y el registro de auditoría guarda ambas cosas.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation>Ronda %d</translation>
    </message>
    <message>
        <source>Rou&amp;nd:</source>
        <translation>Ro&amp;nda:</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Correct count</source>
        <translation>Conteo correcto</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <source>keys in order, e.g. 2 1=3 4</source>
        <translation>teclas en orden, p. ej. 2 1=3 4</translation>
    </message>
    <message>
        <source>Set the count</source>
        <translation>Fijar el conteo</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <source>&amp;Correct count:</source>
        <translation>&amp;Conteo correcto:</translation>
    </message>
    <message>
        <source>Add a ballot that was missed</source>
        <translation>Agregar una papeleta que faltó</translation>
    </message>
    <message>
        <source>Take back a ballot counted wrongly</source>
        <translation>Quitar una papeleta mal contada</translation>
    </message>
    <message>
        <source>0 blank or spoiled</source>
        <translation>0 en blanco o anuladas</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>C&amp;orrección:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>&amp;Papeleta:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. a ballot found under a chair</source>
        <translation>p. ej. una papeleta encontrada debajo de una silla</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the audit log.</source>
        <translation>Diga por qué: el motivo queda en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Type a name, Enter checks in</source>
        <translation>Escriba un nombre; Enter registra la llegada</translation>
    </message>
    <message>
        <source>Find a member to check in</source>
        <translation>Buscar un miembro para registrar su llegada</translation>
    </message>
    <message>
        <source>Type part of a name; Up/Down picks; Enter checks in</source>
        <translation>Escriba parte de un nombre; Arriba/Abajo elige; Enter registra la llegada</translation>
    </message>
    <message>
        <source>Members matching the search</source>
        <translation>Miembros que coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Members checked in</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <source>Who is in, latest first. Delete checks someone out.</source>
        <translation>Quién está, el más reciente primero. Supr registra la salida de alguien.</translation>
    </message>
    <message>
        <source>Use a typed &amp;head count:</source>
        <translation>Usar un conteo de &amp;personas escrito:</translation>
    </message>
    <message>
        <source>Count heads instead of checking members in (the count is the number present)</source>
        <translation>Contar personas en lugar de registrar la llegada de los miembros (el conteo es el número de presentes)</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Conteo de personas</translation>
    </message>
    <message>
        <source>(member %d)</source>
        <translation>(miembro %d)</translation>
    </message>
    <message>
        <source>Checked in: %d</source>
        <translation>Presentes: %d</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 ya está registrado.</translation>
    </message>
    <message>
        <source>Already checked in: %1.</source>
        <translation>Ya está registrado: %1.</translation>
    </message>
    <message>
        <source>No member on the roster matches “%1”.</source>
        <translation>Ningún miembro del padrón coincide con “%1”.</translation>
    </message>
    <message>
        <source>member %d</source>
        <translation>miembro %d</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>BallotsDialog</name>
    <message>
        <source>Print ballots</source>
        <translation>Imprimir papeletas</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir en PDF…</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Contienda</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Ballots per page</source>
        <translation>Papeletas por página</translation>
    </message>
    <message>
        <source>%d per page</source>
        <translation>%d por página</translation>
    </message>
    <message>
        <source>&amp;Ranked ballots (instant runoff)</source>
        <translation>Papeletas por &amp;orden de preferencia (segunda vuelta instantánea)</translation>
    </message>
    <message>
        <source>&amp;Serial numbers (they number the paper, never the voter)</source>
        <translation>Números de &amp;serie (numeran el papel, nunca al votante)</translation>
    </message>
    <message>
        <source>R&amp;ace:</source>
        <translation>Co&amp;ntienda:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>No races yet.</source>
        <translation>Todavía no hay contiendas.</translation>
    </message>
    <message>
        <source>Suggested: %s</source>
        <translation>Sugerido: %s</translation>
    </message>
    <message>
        <source>These options do not fit on a ballot with names of at least 12 pt and instructions of at least 10 pt.</source>
        <translation>Estas opciones no caben en una papeleta con los nombres de al menos 12 pt y las instrucciones de al menos 10 pt.</translation>
    </message>
    <message>
        <source>These ballots do not fit %d to a page with names of at least 12 pt and instructions of at least 10 pt: choose fewer to a page.</source>
        <translation>Estas papeletas no caben %d por página con los nombres de al menos 12 pt y las instrucciones de al menos 10 pt: elija menos por página.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partido:</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>&amp;Incumbent (holds the office now)</source>
        <translation>T&amp;itular (ocupa el cargo ahora)</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>&amp;Questionnaire returned</source>
        <translation>Cuestionario &amp;devuelto</translation>
    </message>
    <message>
        <source>Inter&amp;view date:</source>
        <translation>Fecha de en&amp;trevista:</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ComingSoonTab</name>
    <message>
        <source>Coming in this release.</source>
        <translation>Llega en esta versión.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Puntaje ponderado</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Dealbreakers</source>
        <translation>Innegociables</translation>
    </message>
    <message>
        <source>Strongest on</source>
        <translation>Más fuerte en</translation>
    </message>
    <message>
        <source>Weakest on</source>
        <translation>Más débil en</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Todavía sin calificar</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 de %2 calificados</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>%1 of %2 %3 rated</source>
        <translation>%1 de %2 %3 calificados</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Sign-up sheet</source>
        <translation>Hoja de inscripción</translation>
    </message>
    <message>
        <source>Commitment report</source>
        <translation>Informe de compromisos</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save the ballots</source>
        <translation>Guardar las papeletas</translation>
    </message>
    <message>
        <source>Save the meeting summary</source>
        <translation>Guardar el resumen de la reunión</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation>Se escribió %s</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Escribiendo %s…</translation>
    </message>
</context>
<context>
    <name>DotWeightsDialog</name>
    <message>
        <source>Apply the dot vote as weights</source>
        <translation>Aplicar la votación con puntos como pesos</translation>
    </message>
    <message>
        <source>&amp;Apply weights</source>
        <translation>&amp;Aplicar pesos</translation>
    </message>
    <message>
        <source>%s placed.</source>
        <translation>%s colocados.</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>%s would change; undo (Ctrl+Z) puts them back.</source>
        <translation>Cambiarían %s; deshacer (Ctrl+Z) los recupera.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>Peso actual</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Current and suggested weights</source>
        <translation>Pesos actuales y sugeridos</translation>
    </message>
</context>
<context>
    <name>EndorsementStatusDialog</name>
    <message>
        <source>Endorsement status</source>
        <translation>Estado del respaldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>condicionado</translation>
    </message>
    <message>
        <source>rescinded</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>Condition or reason</source>
        <translation>Condición o motivo</translation>
    </message>
    <message>
        <source>the condition, or why it is rescinded</source>
        <translation>la condición, o por qué se revoca</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Condition or &amp;reason:</source>
        <translation>Condición o &amp;motivo:</translation>
    </message>
    <message>
        <source>Write the condition, or the reason for rescinding.</source>
        <translation>Escriba la condición, o el motivo de la revocación.</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Se abrió %s</translation>
    </message>
    <message>
        <source>New group file</source>
        <translation>Archivo de grupo nuevo</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>%s already exists. Use File ▸ Open to open it.</source>
        <translation>%s ya existe. Use Archivo ▸ Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>Open group file</source>
        <translation>Abrir archivo de grupo</translation>
    </message>
    <message>
        <source>Cannot build the sample group</source>
        <translation>No se puede armar el grupo de ejemplo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Copy saved to %s</source>
        <translation>Copia guardada en %s</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the copy of %s? Everything recorded since then leaves this file (a backup of the current state is made first).</source>
        <translation>¿Volver a la copia de %s? Todo lo registrado desde entonces sale de este archivo (antes se hace una copia de seguridad del estado actual).</translation>
    </message>
    <message>
        <source>Restored the copy of %s</source>
        <translation>Se restauró la copia de %s</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize round %d</source>
        <translation>Finalizar la ronda %d</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Finalizing locks round %d. After that it changes only through an amendment with a reason. The result:</source>
        <translation>Finalizar cierra la ronda %d. Después solo cambia mediante una enmienda con un motivo. El resultado:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Endorse %s (active)</source>
        <translation>Respaldar a %s (activo)</translation>
    </message>
    <message>
        <source>Endorse on a &amp;condition:</source>
        <translation>Respaldar con una &amp;condición:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>e.g. signs the tenant-protection pledge</source>
        <translation>p. ej. firma el compromiso de protección a inquilinos</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Write the condition down, or choose an active endorsement.</source>
        <translation>Escriba la condición, o elija un respaldo activo.</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;b&gt;First steps for your group&lt;/b&gt; — each one ticks itself.</source>
        <translation>&lt;b&gt;Primeros pasos para su grupo&lt;/b&gt; — cada uno se marca solo.</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Importar el padrón</translation>
    </message>
    <message>
        <source>Import Roster…</source>
        <translation>Importar padrón…</translation>
    </message>
    <message>
        <source>Write your values</source>
        <translation>Escribir sus valores</translation>
    </message>
    <message>
        <source>Go to Values</source>
        <translation>Ir a Valores</translation>
    </message>
    <message>
        <source>Add the races</source>
        <translation>Agregar las contiendas</translation>
    </message>
    <message>
        <source>Go to Races</source>
        <translation>Ir a las contiendas</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planear una reunión</translation>
    </message>
    <message>
        <source>Go to Meeting</source>
        <translation>Ir a Reunión</translation>
    </message>
</context>
<context>
    <name>GroupSettingsDialog</name>
    <message>
        <source>Create the group</source>
        <translation>Crear el grupo</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>Configuración del grupo</translation>
    </message>
    <message>
        <source>e.g. Riverton Indivisible</source>
        <translation>p. ej. Indivisible de Riverton</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>e.g. 2026 Primary</source>
        <translation>p. ej. Primaria 2026</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>empty: the app&apos;s own words</source>
        <translation>vacío: las palabras de la app</translation>
    </message>
    <message>
        <source>What the sign-up sheet asks</source>
        <translation>Lo que pide la hoja de inscripción</translation>
    </message>
    <message>
        <source>for sheets in Spanish; empty: ours</source>
        <translation>para las hojas en español; vacío: las nuestras</translation>
    </message>
    <message>
        <source>What the sign-up sheet asks, in Spanish</source>
        <translation>Lo que pide la hoja de inscripción, en español</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Sign-up &amp;ask:</source>
        <translation>Pedido de la &amp;hoja:</translation>
    </message>
    <message>
        <source>Ask in &amp;Spanish:</source>
        <translation>Pedido en &amp;español:</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Custom fraction…</source>
        <translation>Fracción personalizada…</translation>
    </message>
    <message>
        <source>Custom fraction</source>
        <translation>Fracción personalizada</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Counted out of</source>
        <translation>Se cuenta sobre</translation>
    </message>
    <message>
        <source>votes cast (abstentions and blanks left out)</source>
        <translation>votos emitidos (sin abstenciones ni votos en blanco)</translation>
    </message>
    <message>
        <source>members present (minus recused)</source>
        <translation>miembros presentes (menos los recusados)</translation>
    </message>
    <message>
        <source>eligible members (minus recused)</source>
        <translation>miembros habilitados (menos los recusados)</translation>
    </message>
    <message>
        <source>no quorum rule</source>
        <translation>sin regla de quórum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>Members who must be present for a vote to count</source>
        <translation>Miembros que deben estar presentes para que una votación cuente</translation>
    </message>
    <message>
        <source>Offer &quot;No endorsement&quot; on every ballot</source>
        <translation>Ofrecer «Sin respaldo» en cada papeleta</translation>
    </message>
    <message>
        <source>Repeated ballots</source>
        <translation>Votaciones repetidas</translation>
    </message>
    <message>
        <source>keep every candidate (Robert&apos;s Rules)</source>
        <translation>mantener a todos los candidatos (Reglas de Robert)</translation>
    </message>
    <message>
        <source>drop the candidate with fewest votes</source>
        <translation>quitar al candidato con menos votos</translation>
    </message>
    <message>
        <source>keep only the top two</source>
        <translation>mantener solo a los dos primeros</translation>
    </message>
    <message>
        <source>Default voting rule (each vote can override it)</source>
        <translation>Regla de votación predeterminada (cada votación puede cambiarla)</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Counted &amp;out of:</source>
        <translation>Se cuenta s&amp;obre:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quórum:</translation>
    </message>
    <message>
        <source>&amp;Repeated ballots:</source>
        <translation>&amp;Votaciones repetidas:</translation>
    </message>
    <message>
        <source>We make independent expenditures</source>
        <translation>Hacemos gastos independientes</translation>
    </message>
    <message>
        <source>Groups that spend money independently must not coordinate with campaigns; the app then reminds you where members log campaign contact.</source>
        <translation>Los grupos que gastan dinero de forma independiente no deben coordinarse con las campañas; la app entonces le recuerda dónde los miembros anotan el contacto con la campaña.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Roster imported</source>
        <translation>Padrón importado</translation>
    </message>
    <message>
        <source>Added %1 · updated %2 · merged %4 · skipped %3</source>
        <translation>Agregados %1 · actualizados %2 · combinados %4 · omitidos %3</translation>
    </message>
    <message>
        <source>Added %1 · updated %2 · skipped %3</source>
        <translation>Agregados %1 · actualizados %2 · omitidos %3</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Edición ▸ Deshacer (Ctrl+Z) revierte toda la importación.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why / what changed</source>
        <translation>Por qué / qué cambió</translation>
    </message>
    <message>
        <source>Rows of the file and what happened to each</source>
        <translation>Las filas del archivo y qué pasó con cada una</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés (English)</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Both: English and Spanish (bilingüe)</source>
        <translation>Ambos: inglés y español (bilingüe)</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Record the lot</source>
        <translation>Registrar el sorteo</translation>
    </message>
    <message>
        <source>In counting round %d, %s are tied for the fewest votes and earlier rounds do not settle it. Draw lots in the room, then choose whom the lot eliminated:</source>
        <translation>En la ronda de conteo %d, %s empatan con la menor cantidad de votos y las rondas anteriores no lo resuelven. Hagan el sorteo en la sala y luego elija a quién eliminó:</translation>
    </message>
    <message>
        <source>Choose whom the lot eliminated.</source>
        <translation>Elija a quién eliminó el sorteo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Endorse Desktop</source>
        <translation>Endorse Desktop</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation>Pantalla del pro&amp;yector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Colours of this window (the projector is always dark)</source>
        <translation>Colores de esta ventana (el proyector siempre es oscuro)</translation>
    </message>
    <message>
        <source>Import members roster</source>
        <translation>Importar el padrón de miembros</translation>
    </message>
    <message>
        <source>Create the group first; then import its members.</source>
        <translation>Primero cree el grupo; luego importe sus miembros.</translation>
    </message>
    <message>
        <source>Group settings saved</source>
        <translation>Configuración del grupo guardada</translation>
    </message>
    <message>
        <source>About Endorse Desktop</source>
        <translation>Acerca de Endorse Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Endorse Desktop %s&lt;/b&gt;&lt;p&gt;Run your group&apos;s endorsement meeting from one laptop: scorecards, vote counting, ballots, minutes and commitments. Works offline; your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Endorse Desktop %s&lt;/b&gt;&lt;p&gt;Lleve la reunión de respaldo de su grupo desde una sola computadora portátil: fichas de evaluación, conteo de votos, papeletas, actas y compromisos. Funciona sin conexión; sus datos quedan en un solo archivo en esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running an endorsement meeting</source>
        <translation>Cómo llevar una reunión de respaldo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>e.g. Riverton Library, Room B</source>
        <translation>p. ej. Biblioteca de Riverton, Sala B</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. Spring endorsement meeting</source>
        <translation>p. ej. Reunión de respaldos de primavera</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation>Notas para el acta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>MeetingStatusLabel</name>
    <message>
        <source>Present and quorum</source>
        <translation>Presentes y quórum</translation>
    </message>
    <message>
        <source>Members present at the meeting and whether quorum is met</source>
        <translation>Miembros presentes en la reunión y si hay quórum</translation>
    </message>
    <message>
        <source>No meeting yet</source>
        <translation>Todavía no hay reunión</translation>
    </message>
    <message>
        <source>Present: %d</source>
        <translation>Presentes: %d</translation>
    </message>
    <message>
        <source>quorum %d ✓ met</source>
        <translation>quórum %d ✓ alcanzado</translation>
    </message>
    <message>
        <source>quorum %d ✗ NOT met (%d short)</source>
        <translation>quórum %d ✗ NO alcanzado (faltan %d)</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>The meeting whose attendance and votes are shown</source>
        <translation>La reunión cuya asistencia y votaciones se muestran</translation>
    </message>
    <message>
        <source>Present and quorum</source>
        <translation>Presentes y quórum</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>The votes taken at this meeting</source>
        <translation>Las votaciones hechas en esta reunión</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Votación:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Lo que se necesita</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Speech length</source>
        <translation>Duración del discurso</translation>
    </message>
    <message>
        <source>How long each candidate may speak</source>
        <translation>Cuánto tiempo puede hablar cada candidato</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Speech timer</source>
        <translation>Cronómetro de discursos</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>No meeting yet — Ctrl+Alt+N starts one</source>
        <translation>Todavía no hay reunión — Ctrl+Alt+N empieza una</translation>
    </message>
    <message>
        <source>%d present</source>
        <translation>%d presentes</translation>
    </message>
    <message>
        <source>quorum %d ✓ met</source>
        <translation>quórum %d ✓ alcanzado</translation>
    </message>
    <message>
        <source>quorum %d ✗ NOT met (%d short)</source>
        <translation>quórum %d ✗ NO alcanzado (faltan %d)</translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation>No se puede agregar la reunión</translation>
    </message>
    <message>
        <source>Cannot change the meeting</source>
        <translation>No se puede cambiar la reunión</translation>
    </message>
    <message>
        <source>Check in %s</source>
        <translation>Registrar la llegada de %s</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Head count %s</source>
        <translation>Conteo de personas %s</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>ana@example.org</source>
        <translation>ana@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Ingresó el:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-03-14</source>
        <translation>AAAA-MM-DD, p. ej. 2026-03-14</translation>
    </message>
    <message>
        <source>May vote in the group&apos;s endorsement votes</source>
        <translation>Puede votar en las votaciones de respaldo del grupo</translation>
    </message>
    <message>
        <source>Eligible:</source>
        <translation>Habilitado:</translation>
    </message>
    <message>
        <source>Eligible to vote</source>
        <translation>Habilitados para votar</translation>
    </message>
    <message>
        <source>Choose a reason, or type the group&apos;s own (e.g. “joined after the cut-off”)</source>
        <translation>Elija un motivo, o escriba el del grupo (p. ej. “se unió después de la fecha límite”)</translation>
    </message>
    <message>
        <source>dues</source>
        <translation>cuotas</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>waiting period</source>
        <translation>período de espera</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>&amp;Reason not eligible:</source>
        <translation>&amp;Motivo por el que no está habilitado:</translation>
    </message>
    <message>
        <source>Why not eligible</source>
        <translation>Por qué no está habilitado</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members roster</source>
        <translation>Padrón de miembros</translation>
    </message>
    <message>
        <source>Search names, emails, phones, postal codes, notes (Ctrl+F)</source>
        <translation>Buscar nombres, correos, teléfonos, códigos postales, notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which members the table lists</source>
        <translation>Qué miembros lista la tabla</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Cantidad de miembros</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importar padrón…</translation>
    </message>
    <message>
        <source>Import members roster</source>
        <translation>Importar el padrón de miembros</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No members yet&lt;/h3&gt;&lt;p&gt;Add people one by one (Ctrl+Shift+N), or import the roster you keep in Action Network, Mobilize or a spreadsheet (Ctrl+Shift+I).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay miembros&lt;/h3&gt;&lt;p&gt;Agregue personas una por una (Ctrl+Shift+N), o importe el padrón que lleva en Action Network, Mobilize o una hoja de cálculo (Ctrl+Shift+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <source>%s members</source>
        <translation>%s miembros</translation>
    </message>
    <message>
        <source>%s eligible to vote</source>
        <translation>%s habilitados para votar</translation>
    </message>
    <message>
        <source>%s archived</source>
        <translation>%s archivados</translation>
    </message>
    <message>
        <source>Showing %1 · %2</source>
        <translation>Mostrando %1 · %2</translation>
    </message>
    <message>
        <source>Added %s</source>
        <translation>Se agregó a %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Se guardó a %s</translation>
    </message>
    <message>
        <source>(And %s more like this.)</source>
        <translation>(Y %s más como este).</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede borrar</translation>
    </message>
    <message>
        <source>Archive Instead</source>
        <translation>Archivar en su lugar</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>Borrar miembros</translation>
    </message>
    <message>
        <source>Delete %s from the roster? (Edit ▸ Undo brings them back.)</source>
        <translation>¿Borrar a %s del padrón? (Edición ▸ Deshacer los recupera).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deleted %s</source>
        <translation>Se borró a %s</translation>
    </message>
    <message>
        <source>Archived %s</source>
        <translation>Se archivó a %s</translation>
    </message>
    <message>
        <source>Unarchived %s</source>
        <translation>Se desarchivó a %s</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <source>New election cycle</source>
        <translation>Nuevo ciclo electoral</translation>
    </message>
    <message>
        <source>&amp;Open Cycle</source>
        <translation>&amp;Abrir ciclo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. 2026 General</source>
        <translation>p. ej. Generales 2026</translation>
    </message>
    <message>
        <source>Values stay the group&apos;s (their weights in the cycle now ending are kept with it). A candidate who runs again is recognised by name, with their record.</source>
        <translation>Los valores siguen siendo del grupo (sus pesos en el ciclo que termina se guardan con ese ciclo). Un candidato que se vuelve a postular se reconoce por su nombre, con su historial.</translation>
    </message>
    <message>
        <source>Carry over &amp;races where someone advanced</source>
        <translation>Pasar las &amp;contiendas en las que alguien avanzó</translation>
    </message>
    <message>
        <source>…with the group&apos;s &amp;endorsements</source>
        <translation>…con los &amp;respaldos del grupo</translation>
    </message>
    <message>
        <source>…and their activity &amp;goals</source>
        <translation>…y sus &amp;metas de actividades</translation>
    </message>
    <message>
        <source>Give the cycle a name, e.g. 2026 General.</source>
        <translation>Póngale un nombre al ciclo, p. ej. Generales 2026.</translation>
    </message>
    <message>
        <source>There is already a cycle called %s.</source>
        <translation>Ya hay un ciclo llamado %s.</translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <source>New vote</source>
        <translation>Nueva votación</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Contienda</translation>
    </message>
    <message>
        <source>How the vote is counted</source>
        <translation>Cómo se cuenta la votación</translation>
    </message>
    <message>
        <source>Whom should the group endorse for …?</source>
        <translation>¿A quién debería respaldar el grupo para …?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>¿A quién debe respaldar el grupo para …? (ballots in Spanish; optional)</source>
        <translation>¿A quién debe respaldar el grupo para …? (papeletas en español; opcional)</translation>
    </message>
    <message>
        <source>Question in Spanish</source>
        <translation>Pregunta en español</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>Co&amp;ntienda:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Question in S&amp;panish:</source>
        <translation>Pregunta en &amp;español:</translation>
    </message>
    <message>
        <source>Add a race and its candidates first.</source>
        <translation>Primero agregue una contienda y sus candidatos.</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Round %d</source>
        <translation>Ronda %d</translation>
    </message>
    <message>
        <source>&amp;Open round %d</source>
        <translation>&amp;Abrir la ronda %d</translation>
    </message>
    <message>
        <source>On the ballot in round %d: %s.</source>
        <translation>En la papeleta de la ronda %d: %s.</translation>
    </message>
    <message>
        <source>%s are tied for the last place that stays. Draw lots in the room, then tick the %d the lot removed:</source>
        <translation>%s empatan por el último lugar que se mantiene. Hagan el sorteo en la sala y luego marque los %d que quitó el sorteo:</translation>
    </message>
    <message>
        <source>Tick exactly %d: whom the lot removed.</source>
        <translation>Marque exactamente %d: a quiénes quitó el sorteo.</translation>
    </message>
</context>
<context>
    <name>OfficeActionDialog</name>
    <message>
        <source>Rate an action in office: %s</source>
        <translation>Calificar una acción en el cargo: %s</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>e.g. Voted for the zoning ordinance</source>
        <translation>p. ej. Votó a favor de la ordenanza de zonificación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Calificación:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Voting record</source>
        <translation>Registro de votaciones</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <source>Public meeting</source>
        <translation>Reunión pública</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>E&amp;spañol</source>
        <translation>E&amp;spañol</translation>
    </message>
    <message>
        <source>&amp;Both: English and Español</source>
        <translation>&amp;Ambos: English y Español</translation>
    </message>
    <message>
        <source>The group&apos;s texts on the slides in this language</source>
        <translation>Los textos del grupo en las diapositivas, en este idioma</translation>
    </message>
    <message>
        <source>Projector: %s</source>
        <translation>Proyector: %s</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Endorse Desktop — Projector</source>
        <translation>Endorse Desktop — Proyector</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Edit race</source>
        <translation>Editar contienda</translation>
    </message>
    <message>
        <source>New race</source>
        <translation>Nueva contienda</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>e.g. Mayor</source>
        <translation>p. ej. Alcaldía</translation>
    </message>
    <message>
        <source>Office in S&amp;panish:</source>
        <translation>Cargo en es&amp;pañol:</translation>
    </message>
    <message>
        <source>Office in Spanish</source>
        <translation>Cargo en español</translation>
    </message>
    <message>
        <source>e.g. Alcaldía (for documents in Spanish; optional)</source>
        <translation>p. ej. Alcaldía (para documentos en español; opcional)</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>e.g. Ward 3 (leave empty for a city-wide office)</source>
        <translation>p. ej. Distrito 3 (déjelo vacío para un cargo de toda la ciudad)</translation>
    </message>
    <message>
        <source>&amp;Election date:</source>
        <translation>&amp;Fecha de la elección:</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Fecha de la elección</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>RaceEditor</name>
    <message>
        <source>Unarchive Race</source>
        <translation>Desarchivar contienda</translation>
    </message>
    <message>
        <source>Archive Race</source>
        <translation>Archivar contienda</translation>
    </message>
    <message>
        <source>Un&amp;archive Candidate</source>
        <translation>Desarc&amp;hivar candidato</translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation>&amp;Archivar candidato</translation>
    </message>
    <message>
        <source>Add race %s</source>
        <translation>Agregar la contienda %s</translation>
    </message>
    <message>
        <source>Race not added</source>
        <translation>No se agregó la contienda</translation>
    </message>
    <message>
        <source>Edit race %s</source>
        <translation>Editar la contienda %s</translation>
    </message>
    <message>
        <source>Race not changed</source>
        <translation>No se cambió la contienda</translation>
    </message>
    <message>
        <source>Archive race %s</source>
        <translation>Archivar la contienda %s</translation>
    </message>
    <message>
        <source>Unarchive race %s</source>
        <translation>Desarchivar la contienda %s</translation>
    </message>
    <message>
        <source>Delete race %s</source>
        <translation>Borrar la contienda %s</translation>
    </message>
    <message>
        <source>Add candidate %s</source>
        <translation>Agregar al candidato %s</translation>
    </message>
    <message>
        <source>Candidate not added</source>
        <translation>No se agregó el candidato</translation>
    </message>
    <message>
        <source>Edit candidate %s</source>
        <translation>Editar al candidato %s</translation>
    </message>
    <message>
        <source>Candidate not changed</source>
        <translation>No se cambió el candidato</translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation>Archivar a %s</translation>
    </message>
    <message>
        <source>Unarchive %s</source>
        <translation>Desarchivar a %s</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>Borrar a %s</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
    <message>
        <source>&amp;Archive Instead</source>
        <translation>&amp;Archivar en su lugar</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rating and evidence</source>
        <translation>Calificación y evidencia</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Calificación:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What they said or did: a quote, a vote, a questionnaire answer…</source>
        <translation>Lo que dijo o hizo: una cita, un voto, una respuesta del cuestionario…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <source>Rate %s on %s: %s</source>
        <translation>Calificar a %s en %s: %s</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>No se guardó la calificación</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recusals for this vote</source>
        <translation>Recusaciones en esta votación</translation>
    </message>
    <message>
        <source>Members with a conflict of interest sit this vote out: they leave the number who can vote, and still count toward quorum.</source>
        <translation>Los miembros con un conflicto de interés no participan en esta votación: salen del número de quienes pueden votar y siguen contando para el quórum.</translation>
    </message>
    <message>
        <source>Type to find a member</source>
        <translation>Escriba para buscar un miembro</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Buscar un miembro</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <source>e.g. works for a candidate&apos;s campaign</source>
        <translation>p. ej. trabaja para la campaña de un candidato</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Members present (Space ticks):</source>
        <translation>Miembros &amp;presentes (Espacio marca):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The file will go back to how it was at the chosen moment. Its current state is backed up first, so a restore can itself be undone by restoring again.</source>
        <translation>El archivo volverá a como estaba en el momento elegido. Antes se hace una copia de seguridad de su estado actual, así que una restauración se puede deshacer restaurando otra vez.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Todavía no hay copias de seguridad de este archivo.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result for %s</source>
        <translation>Resultado de %s</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Votos:</translation>
    </message>
    <message>
        <source>e.g. 5,120 (leave empty if not known)</source>
        <translation>p. ej. 5,120 (déjelo vacío si no se sabe)</translation>
    </message>
    <message>
        <source>&amp;Share of the vote (%):</source>
        <translation>&amp;Porcentaje de los votos (%):</translation>
    </message>
    <message>
        <source>e.g. 52.3 (worked out from the votes when all are in)</source>
        <translation>p. ej. 52.3 (se calcula con los votos cuando estén todos)</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decidido el:</translation>
    </message>
    <message>
        <source>e.g. 2026-11-17 (certified)</source>
        <translation>p. ej. 2026-11-17 (certificado)</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>e.g. County board of elections</source>
        <translation>p. ej. Junta electoral del condado</translation>
    </message>
</context>
<context>
    <name>ResultSlide</name>
    <message>
        <source>Result: %s</source>
        <translation>Resultado: %s</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Todavía no hay resultado</translation>
    </message>
    <message>
        <source>%s (not final yet)</source>
        <translation>%s (todavía no es definitivo)</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results and track record</source>
        <translation>Resultados e historial</translation>
    </message>
    <message>
        <source>Election cycle</source>
        <translation>Ciclo electoral</translation>
    </message>
    <message>
        <source>The cycle the whole app works in</source>
        <translation>El ciclo en el que trabaja toda la app</translation>
    </message>
    <message>
        <source>Election &amp;cycle:</source>
        <translation>&amp;Ciclo electoral:</translation>
    </message>
    <message>
        <source>The group&apos;s track record</source>
        <translation>El historial del grupo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>In Office</source>
        <translation>En el cargo</translation>
    </message>
    <message>
        <source>Track Record</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (cerrado)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Choose a candidate first.</source>
        <translation>Primero elija un candidato.</translation>
    </message>
    <message>
        <source>Official results (CSV)</source>
        <translation>Resultados oficiales (CSV)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results not imported</source>
        <translation>No se importaron los resultados</translation>
    </message>
    <message>
        <source>No official to rate yet.</source>
        <translation>Todavía no hay funcionarios que calificar.</translation>
    </message>
    <message>
        <source>No endorsement needs a review.</source>
        <translation>Ningún respaldo necesita revisión.</translation>
    </message>
    <message>
        <source>Track record summary</source>
        <translation>Resumen del historial</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the endorsement of %s</source>
        <translation>Revisar el respaldo a %s</translation>
    </message>
    <message>
        <source>Why the endorsement is to be reviewed</source>
        <translation>Por qué hay que revisar el respaldo</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Make it conditional</source>
        <translation>Condicionarlo</translation>
    </message>
    <message>
        <source>Keep the endorsement as it is</source>
        <translation>Mantener el respaldo como está</translation>
    </message>
    <message>
        <source>Rescind the endorsement</source>
        <translation>Revocar el respaldo</translation>
    </message>
    <message>
        <source>&amp;Why (or the condition):</source>
        <translation>&amp;Por qué (o la condición):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Write down why the group decided this (or the condition).</source>
        <translation>Escriba por qué el grupo decidió esto (o la condición).</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import members roster</source>
        <translation>Importar el padrón de miembros</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · separated by %4</source>
        <translation>%1 · %2 · %3 · separado por %4</translation>
    </message>
    <message>
        <source>%s row</source>
        <translation>%s fila</translation>
    </message>
    <message>
        <source>%s rows</source>
        <translation>%s filas</translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation>Qué es el archivo</translation>
    </message>
    <message>
        <source>Check what each column holds; columns set to “Ignore” are left out. People already on the roster (same email) are updated, never added twice.</source>
        <translation>Revise qué contiene cada columna; las columnas marcadas como “Ignorar” se dejan fuera. Las personas que ya están en el padrón (mismo correo) se actualizan, nunca se agregan dos veces.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Import column %s as</source>
        <translation>Importar la columna %s como</translation>
    </message>
    <message>
        <source>New members may vote right away</source>
        <translation>Los miembros nuevos pueden votar de inmediato</translation>
    </message>
    <message>
        <source>Untick if your group has a waiting period: new members are then marked not eligible, with the reason “waiting period”</source>
        <translation>Desmarque si su grupo tiene un período de espera: los miembros nuevos quedan entonces como no habilitados, con el motivo “período de espera”</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Add and update the members as previewed</source>
        <translation>Agregar y actualizar los miembros como en la vista previa</translation>
    </message>
    <message>
        <source>Preview of the first %d rows</source>
        <translation>Vista previa de las primeras %d filas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Importing will add %1, update %2, merge %5 and skip %3 of %4 rows.</source>
        <translation>La importación agregará %1, actualizará %2, combinará %5 y omitirá %3 de %4 filas.</translation>
    </message>
    <message>
        <source>Importing will add %1, update %2 and skip %3 of %4 rows.</source>
        <translation>La importación agregará %1, actualizará %2 y omitirá %3 de %4 filas.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule for this vote (starts as the group&apos;s)</source>
        <translation>Regla de esta votación (empieza como la del grupo)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Majority (more than half)</source>
        <translation>Mayoría (más de la mitad)</translation>
    </message>
    <message>
        <source>Three-fifths (at least 3/5)</source>
        <translation>Tres quintos (al menos 3/5)</translation>
    </message>
    <message>
        <source>Two-thirds (at least 2/3)</source>
        <translation>Dos tercios (al menos 2/3)</translation>
    </message>
    <message>
        <source>Three-quarters (at least 3/4)</source>
        <translation>Tres cuartos (al menos 3/4)</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimidad</translation>
    </message>
    <message>
        <source>Custom fraction…</source>
        <translation>Fracción personalizada…</translation>
    </message>
    <message>
        <source>Custom fraction</source>
        <translation>Fracción personalizada</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Counted out of</source>
        <translation>Se cuenta sobre</translation>
    </message>
    <message>
        <source>votes cast</source>
        <translation>votos emitidos</translation>
    </message>
    <message>
        <source>continuing ballots (ranked only)</source>
        <translation>papeletas que siguen en juego (solo por orden de preferencia)</translation>
    </message>
    <message>
        <source>members present (minus recused)</source>
        <translation>miembros presentes (menos los recusados)</translation>
    </message>
    <message>
        <source>eligible members (minus recused)</source>
        <translation>miembros habilitados (menos los recusados)</translation>
    </message>
    <message>
        <source>no quorum rule</source>
        <translation>sin regla de quórum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>If no one wins</source>
        <translation>Si nadie gana</translation>
    </message>
    <message>
        <source>repeat with every candidate</source>
        <translation>repetir con todos los candidatos</translation>
    </message>
    <message>
        <source>drop the candidate with fewest votes</source>
        <translation>quitar al candidato con menos votos</translation>
    </message>
    <message>
        <source>keep only the top two</source>
        <translation>mantener solo a los dos primeros</translation>
    </message>
    <message>
        <source>Offer &quot;No endorsement&quot;</source>
        <translation>Ofrecer «Sin respaldo»</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Counted &amp;out of:</source>
        <translation>Se cuenta s&amp;obre:</translation>
    </message>
    <message>
        <source>Q&amp;uorum:</source>
        <translation>&amp;Quórum:</translation>
    </message>
    <message>
        <source>If no one &amp;wins:</source>
        <translation>Si nadie &amp;gana:</translation>
    </message>
</context>
<context>
    <name>ScorecardFileActions</name>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>Share values and scorecards</source>
        <translation>Compartir valores y fichas de evaluación</translation>
    </message>
    <message>
        <source>Import a shared file</source>
        <translation>Importar un archivo compartido</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Leyendo %s…</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>No hay nada que importar</translation>
    </message>
    <message>
        <source>Import shared file</source>
        <translation>Importar archivo compartido</translation>
    </message>
    <message>
        <source>Importing %1 will: %2.

A backup of this file is taken first. The import itself cannot be undone with Ctrl+Z.</source>
        <translation>Importar %1 hará lo siguiente: %2.

Antes se hace una copia de seguridad de este archivo. La importación en sí no se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Se importó %1: %2</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>Dealbreaker: rated Opposes on a dealbreaker value</source>
        <translation>Innegociable: calificado como Se opone en un valor innegociable</translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation>Origen: %s</translation>
    </message>
    <message>
        <source>In %1 (%2): %3</source>
        <translation>En %1 (%2): %3</translation>
    </message>
    <message>
        <source>Dealbreaker</source>
        <translation>Innegociable</translation>
    </message>
    <message>
        <source>Weighted score %s, %s</source>
        <translation>Puntaje ponderado %s, %s</translation>
    </message>
    <message>
        <source>%s Opposes dealbreaker: %s</source>
        <translation>%s Se opone en un innegociable: %s</translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation>respaldado</translation>
    </message>
    <message>
        <source>not endorsed</source>
        <translation>no respaldado</translation>
    </message>
    <message>
        <source>Ran before: %1 — %2, %3</source>
        <translation>Se postuló antes: %1 — %2, %3</translation>
    </message>
    <message>
        <source>weight %d</source>
        <translation>peso %d</translation>
    </message>
    <message>
        <source>%s Dealbreaker: Opposes here is flagged</source>
        <translation>%s Innegociable: aquí se señala Se opone</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>titular</translation>
    </message>
</context>
<context>
    <name>ScorecardPainter</name>
    <message>
        <source>Value · weight</source>
        <translation>Valor · peso</translation>
    </message>
    <message>
        <source>%s dealbreaker</source>
        <translation>%s innegociable</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 de %2 calificados</translation>
    </message>
    <message>
        <source>dealbreaker</source>
        <translation>innegociable</translation>
    </message>
    <message>
        <source>No candidates in this race yet</source>
        <translation>Todavía no hay candidatos en esta contienda</translation>
    </message>
    <message>
        <source>The group has no values yet</source>
        <translation>El grupo todavía no tiene valores</translation>
    </message>
</context>
<context>
    <name>ScorecardSlide</name>
    <message>
        <source>Scorecard on the projector</source>
        <translation>Ficha de evaluación en el proyector</translation>
    </message>
    <message>
        <source>Scorecard: no race chosen</source>
        <translation>Ficha de evaluación: no se eligió una contienda</translation>
    </message>
    <message>
        <source>Scorecard: %s</source>
        <translation>Ficha de evaluación: %s</translation>
    </message>
    <message>
        <source>No race to show yet</source>
        <translation>Todavía no hay contienda para mostrar</translation>
    </message>
</context>
<context>
    <name>ScorecardsTab</name>
    <message>
        <source>Candidates and scorecards</source>
        <translation>Candidatos y fichas de evaluación</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Contiendas</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Scorecard grid</source>
        <translation>Cuadrícula de la ficha de evaluación</translation>
    </message>
    <message>
        <source>Comparison of the race&apos;s candidates</source>
        <translation>Comparación de los candidatos de la contienda</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>&amp;Fichas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No race yet&lt;/h3&gt;Add one with New Race (Ctrl+Shift+N).</source>
        <translation>&lt;h3&gt;Todavía no hay contiendas&lt;/h3&gt;Agregue una con Nueva contienda (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Candidates in %s</source>
        <translation>Candidatos en %s</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>You can open another file, or quit. The file was not changed.</source>
        <translation>Puede abrir otro archivo o salir. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Open group file</source>
        <translation>Abrir archivo de grupo</translation>
    </message>
    <message>
        <source>Endorse Desktop files (*.sqlite3 *.sqlite *.db);;All (*)</source>
        <translation>Archivos de Endorse Desktop (*.sqlite3 *.sqlite *.db);;Todos (*)</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Print the meeting summary</source>
        <translation>Imprimir el resumen de la reunión</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir en PDF…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>TallyBoard</name>
    <message>
        <source>Tally</source>
        <translation>Conteo</translation>
    </message>
    <message>
        <source>  (PageUp/PageDown: other rounds)</source>
        <translation>  (RePág/AvPág: otras rondas)</translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <source>Tally keys</source>
        <translation>Teclas del conteo</translation>
    </message>
    <message>
        <source>Ballot being typed</source>
        <translation>Papeleta que se está escribiendo</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Hands for %s</source>
        <translation>Manos para %s</translation>
    </message>
    <message>
        <source>Type the count, then Enter or Tab to record it</source>
        <translation>Escriba el conteo y luego Enter o Tab para registrarlo</translation>
    </message>
    <message>
        <source>There is no option %d on this ballot.</source>
        <translation>No hay una opción %d en esta papeleta.</translation>
    </message>
    <message>
        <source>Ballot: (type the keys in the ballot&apos;s order)</source>
        <translation>Papeleta: (escriba las teclas en el orden de la papeleta)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source> (overvote)</source>
        <translation> (votos de más)</translation>
    </message>
    <message>
        <source>= …</source>
        <translation>= …</translation>
    </message>
    <message>
        <source>Ballot: %s</source>
        <translation>Papeleta: %s</translation>
    </message>
    <message>
        <source>No vote selected. Start one with Meeting ▸ New Vote (Ctrl+Shift+V).</source>
        <translation>No hay votación seleccionada. Empiece una con Reunión ▸ Nueva votación (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>This round is finalized. Corrections: Meeting ▸ Amend Finalized Round (Ctrl+Shift+A), with a reason.</source>
        <translation>Esta ronda está finalizada. Correcciones: Reunión ▸ Enmendar ronda finalizada (Ctrl+Shift+A), con un motivo.</translation>
    </message>
    <message>
        <source>Type each count and press Enter or Tab. Ctrl+Z undoes a count.</source>
        <translation>Escriba cada conteo y presione Enter o Tab. Ctrl+Z deshace un conteo.</translation>
    </message>
    <message>
        <source>Click here or press Ctrl+T to start counting ballots.</source>
        <translation>Haga clic aquí o presione Ctrl+T para empezar a contar papeletas.</translation>
    </message>
    <message>
        <source>Counting: one key per ballot — %s, 0 blank or spoiled. Backspace takes the last ballot back.</source>
        <translation>Contando: una tecla por papeleta — %s, 0 en blanco o anulada. Retroceso quita la última papeleta.</translation>
    </message>
    <message>
        <source>Counting ranked ballots — %s. Keys in the ballot&apos;s order, = before a key for a second mark at the same rank, 0 for an empty rank, Enter ends the ballot, Backspace takes back, Esc starts the ballot over.</source>
        <translation>Contando papeletas por orden de preferencia — %s. Teclas en el orden de la papeleta, = antes de una tecla para una segunda marca en el mismo lugar, 0 para un lugar vacío, Enter termina la papeleta, Retroceso la quita, Esc empieza la papeleta de nuevo.</translation>
    </message>
    <message>
        <source>Showing round %1 of %2 of the count: PageUp/PageDown steps through the rounds (click the tally first).</source>
        <translation>Se muestra la ronda %1 de %2 del conteo: RePág/AvPág recorre las rondas (primero haga clic en el conteo).</translation>
    </message>
</context>
<context>
    <name>ThermometerSlide</name>
    <message>
        <source>Thermometer: %s</source>
        <translation>Termómetro: %s</translation>
    </message>
    <message>
        <source>no endorsement yet</source>
        <translation>todavía sin respaldo</translation>
    </message>
    <message>
        <source>No endorsement yet</source>
        <translation>Todavía sin respaldo</translation>
    </message>
    <message>
        <source>Our promise: %s</source>
        <translation>Nuestra promesa: %s</translation>
    </message>
    <message>
        <source>goal %s</source>
        <translation>meta %s</translation>
    </message>
    <message>
        <source>%1 pledged · %2%</source>
        <translation>%1 prometido · %2%</translation>
    </message>
    <message>
        <source>%1 done · %2%</source>
        <translation>%1 hecho · %2%</translation>
    </message>
    <message>
        <source>Pledges are tracked once the group endorses a candidate.</source>
        <translation>Las promesas se siguen una vez que el grupo respalda a un candidato.</translation>
    </message>
    <message>
        <source>No goals set yet: the group decides what it promises the campaign.</source>
        <translation>Todavía no hay metas: el grupo decide qué le promete a la campaña.</translation>
    </message>
    <message>
        <source>Pledged so far (no goals set yet):</source>
        <translation>Prometido hasta ahora (todavía sin metas):</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>TimerSlide</name>
    <message>
        <source>Speech timer: %s</source>
        <translation>Cronómetro de discursos: %s</translation>
    </message>
    <message>
        <source>Speech timer</source>
        <translation>Cronómetro de discursos</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <source>Title: %s</source>
        <translation>Título: %s</translation>
    </message>
    <message>
        <source>Endorse Desktop</source>
        <translation>Endorse Desktop</translation>
    </message>
</context>
<context>
    <name>TrackRecordSlide</name>
    <message>
        <source>Track record</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Our track record starts with this cycle</source>
        <translation>Nuestro historial empieza con este ciclo</translation>
    </message>
    <message>
        <source>Our track record: %s</source>
        <translation>Nuestro historial: %s</translation>
    </message>
    <message>
        <source>Results will show here once a cycle&apos;s races are decided.</source>
        <translation>Los resultados aparecerán aquí cuando se decidan las contiendas de un ciclo.</translation>
    </message>
    <message>
        <source>%1 of %2 endorsed candidates won (or advanced)</source>
        <translation>%1 de %2 candidatos respaldados ganaron (o avanzaron)</translation>
    </message>
    <message>
        <source>primaries %1 of %2</source>
        <translation>primarias %1 de %2</translation>
    </message>
    <message>
        <source>generals %1 of %2</source>
        <translation>generales %1 de %2</translation>
    </message>
    <message>
        <source>Members kept %1 of %2 pledges (%3%)</source>
        <translation>Los miembros cumplieron %1 de %2 promesas (%3%)</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Affordable housing</source>
        <translation>p. ej. Vivienda asequible</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Title in &amp;Spanish:</source>
        <translation>Título en e&amp;spañol:</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>e.g. Vivienda asequible (optional)</source>
        <translation>p. ej. Vivienda asequible (opcional)</translation>
    </message>
    <message>
        <source>Description in S&amp;panish:</source>
        <translation>Descripción en esp&amp;añol:</translation>
    </message>
    <message>
        <source>How much this value counts in a candidate&apos;s score: 1 a little, 5 the most</source>
        <translation>Cuánto cuenta este valor en el puntaje de un candidato: 1 un poco, 5 lo máximo</translation>
    </message>
    <message>
        <source>&amp;Weight (1–5):</source>
        <translation>&amp;Peso (1–5):</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>&amp;Dealbreaker</source>
        <translation>&amp;Innegociable</translation>
    </message>
    <message>
        <source>A candidate rated Opposes on this value is flagged on every scorecard</source>
        <translation>Un candidato calificado como Se opone en este valor se señala en cada ficha de evaluación</translation>
    </message>
    <message>
        <source>There is already a value called %s.</source>
        <translation>Ya hay un valor llamado %s.</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Dealbreaker</source>
        <translation>Innegociable</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>A candidate rated Opposes on a dealbreaker is flagged ✖</source>
        <translation>Un candidato calificado como Se opone en un innegociable se señala con ✖</translation>
    </message>
    <message>
        <source>Dots members placed on this value in the dot vote</source>
        <translation>Puntos que los miembros pusieron en este valor en la votación con puntos</translation>
    </message>
</context>
<context>
    <name>ValuesTab</name>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>The group&apos;s values</source>
        <translation>Los valores del grupo</translation>
    </message>
    <message>
        <source>Drag a row, or press Ctrl+Up / Ctrl+Down, to change the order the scorecards use. Insert adds a value, Enter edits it, Delete removes it; Ctrl+Z undoes.</source>
        <translation>Arrastre una fila, o presione Ctrl+Arriba / Ctrl+Abajo, para cambiar el orden que usan las fichas. Insert agrega un valor, Enter lo edita, Supr lo quita; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>How to use this tab</source>
        <translation>Cómo usar esta pestaña</translation>
    </message>
    <message>
        <source>Values summary</source>
        <translation>Resumen de los valores</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Votación con puntos</translation>
    </message>
    <message>
        <source>Dots placed</source>
        <translation>Puntos colocados</translation>
    </message>
    <message>
        <source>Dot vote: press Space for a dot on the selected value, or 1–9 for the value with that number. Backspace takes back the last dot.</source>
        <translation>Votación con puntos: presione Espacio para darle un punto al valor seleccionado, o 1–9 para el valor con ese número. Retroceso quita el último punto.</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>dealbreaker</source>
        <translation>innegociable</translation>
    </message>
    <message>
        <source>dealbreakers</source>
        <translation>innegociables</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>round %d</source>
        <translation>ronda %d</translation>
    </message>
    <message>
        <source>No vote at this meeting yet.</source>
        <translation>Todavía no hay votaciones en esta reunión.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation>Ronda %d</translation>
    </message>
    <message>
        <source>%s (%s) · %s · %s</source>
        <translation>%s (%s) · %s · %s</translation>
    </message>
    <message>
        <source>Announced: </source>
        <translation>Anunciado: </translation>
    </message>
    <message>
        <source>Announced after round %d: </source>
        <translation>Anunciado después de la ronda %d: </translation>
    </message>
    <message>
        <source>%d ballots counted</source>
        <translation>%d papeletas contadas</translation>
    </message>
    <message>
        <source>%d hands counted</source>
        <translation>%d manos contadas</translation>
    </message>
    <message>
        <source>blank or spoiled</source>
        <translation>en blanco o anulada</translation>
    </message>
    <message>
        <source>Ballot: %s</source>
        <translation>Papeleta: %s</translation>
    </message>
    <message>
        <source>No ballot to take back</source>
        <translation>No hay papeleta para quitar</translation>
    </message>
    <message>
        <source>Take back the last ballot</source>
        <translation>Quitar la última papeleta</translation>
    </message>
    <message>
        <source>Ranked ballot</source>
        <translation>Papeleta por orden de preferencia</translation>
    </message>
    <message>
        <source>Count %s = %d</source>
        <translation>Contar %s = %d</translation>
    </message>
    <message>
        <source>Cannot finalize yet</source>
        <translation>Todavía no se puede finalizar</translation>
    </message>
    <message>
        <source>Cannot finalize</source>
        <translation>No se puede finalizar</translation>
    </message>
    <message>
        <source>The backup after finalizing failed: %s</source>
        <translation>Falló la copia de seguridad después de finalizar: %s</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>No next round</source>
        <translation>No hay siguiente ronda</translation>
    </message>
    <message>
        <source>Cannot open the next round</source>
        <translation>No se puede abrir la siguiente ronda</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <source>Stop balloting on this race without a decision?</source>
        <translation>¿Dejar de votar en esta contienda sin una decisión?</translation>
    </message>
    <message>
        <source>Cannot close the vote</source>
        <translation>No se puede cerrar la votación</translation>
    </message>
    <message>
        <source>Round %d: %s</source>
        <translation>Ronda %d: %s</translation>
    </message>
    <message>
        <source>Result so far: %s</source>
        <translation>Resultado hasta ahora: %s</translation>
    </message>
    <message>
        <source>No lot needed</source>
        <translation>No hace falta un sorteo</translation>
    </message>
    <message>
        <source>The count has no tie that needs a lot.</source>
        <translation>El conteo no tiene un empate que necesite un sorteo.</translation>
    </message>
    <message>
        <source>Cannot record the lot</source>
        <translation>No se puede registrar el sorteo</translation>
    </message>
</context>
<context>
    <name>VoteCorrections</name>
    <message>
        <source>Amendment refused</source>
        <translation>Enmienda rechazada</translation>
    </message>
    <message>
        <source>The result changed</source>
        <translation>El resultado cambió</translation>
    </message>
    <message>
        <source>Before: %s
Now: %s
Review the endorsement (Ctrl+Shift+D).</source>
        <translation>Antes: %s
Ahora: %s
Revise el respaldo (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>Recusaciones</translation>
    </message>
    <message>
        <source>Recuse %s</source>
        <translation>Recusar a %s</translation>
    </message>
    <message>
        <source>Unrecuse %s</source>
        <translation>Quitar la recusación de %s</translation>
    </message>
    <message>
        <source>No endorsement</source>
        <translation>Sin respaldo</translation>
    </message>
    <message>
        <source>This vote endorsed nobody.</source>
        <translation>Esta votación no respaldó a nadie.</translation>
    </message>
    <message>
        <source>Cannot change the endorsement</source>
        <translation>No se puede cambiar el respaldo</translation>
    </message>
    <message>
        <source>Endorsement is now %s</source>
        <translation>El respaldo ahora está %s</translation>
    </message>
    <message>
        <source>Save the vote record</source>
        <translation>Guardar el registro de la votación</translation>
    </message>
    <message>
        <source>Cannot export the vote</source>
        <translation>No se puede exportar la votación</translation>
    </message>
    <message>
        <source>Vote record saved to %s</source>
        <translation>Registro de la votación guardado en %s</translation>
    </message>
</context>
<context>
    <name>VoteSlide</name>
    <message>
        <source>Needed: %1 of %2 %3 (%4)</source>
        <translation>Se necesitan: %1 de %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Needed: %1 — no votes counted yet</source>
        <translation>Se necesita: %1 — todavía no hay votos contados</translation>
    </message>
    <message>
        <source>Quorum %1: met ✓ (%2 present)</source>
        <translation>Quórum %1: alcanzado ✓ (%2 presentes)</translation>
    </message>
    <message>
        <source>⚠ No quorum: %1 present, %2 needed</source>
        <translation>⚠ Sin quórum: %1 presentes, se necesitan %2</translation>
    </message>
    <message>
        <source>⚠ Over-vote: %1</source>
        <translation>⚠ Votos de más: %1</translation>
    </message>
    <message>
        <source>Live vote</source>
        <translation>Votación en vivo</translation>
    </message>
    <message>
        <source>Live vote: %s, %s</source>
        <translation>Votación en vivo: %s, %s</translation>
    </message>
    <message>
        <source>Live vote: %s</source>
        <translation>Votación en vivo: %s</translation>
    </message>
    <message>
        <source>Live vote: %s, round %d</source>
        <translation>Votación en vivo: %s, ronda %d</translation>
    </message>
    <message>
        <source>No vote is open</source>
        <translation>No hay ninguna votación abierta</translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation>Ronda %d</translation>
    </message>
    <message>
        <source>1 ballot counted</source>
        <translation>1 papeleta contada</translation>
    </message>
    <message>
        <source>%d ballots counted</source>
        <translation>%d papeletas contadas</translation>
    </message>
    <message>
        <source> · final</source>
        <translation> · definitivo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Endorse Desktop&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Endorse Desktop&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Prepare your group&apos;s values and candidate scorecards, count the votes in the room without a slip, print ballots, minutes and sign-up sheets, and follow up on what members promised. Everything stays in one file on this computer.</source>
        <translation>Prepare los valores de su grupo y las fichas de evaluación de los candidatos, cuente los votos en la sala sin errores, imprima papeletas, actas y hojas de inscripción, y haga seguimiento de lo que prometieron los miembros. Todo queda en un solo archivo en esta computadora.</translation>
    </message>
    <message>
        <source>Create our group…</source>
        <translation>Crear nuestro grupo…</translation>
    </message>
    <message>
        <source>Name the group and choose its voting rule</source>
        <translation>Ponerle nombre al grupo y elegir su regla de votación</translation>
    </message>
    <message>
        <source>Explore the sample group</source>
        <translation>Explorar el grupo de ejemplo</translation>
    </message>
    <message>
        <source>Opens a made-up chapter in its own file; your data stays separate</source>
        <translation>Abre una organización inventada en su propio archivo; sus datos quedan aparte</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Editing is off: %s. Viewing, checking, printing and exporting work.</source>
        <translation>La edición está desactivada: %s. Se puede ver, revisar, imprimir y exportar.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>A vote is being counted</source>
        <translation>Se está contando una votación</translation>
    </message>
    <message>
        <source>Round %d of the vote on %s is still open.</source>
        <translation>La ronda %d de la votación sobre %s sigue abierta.</translation>
    </message>
    <message>
        <source>Every ballot counted so far is saved. Finish Later closes now and keeps the round open: counting goes on when you open this file again. Cancel keeps counting.</source>
        <translation>Cada papeleta contada hasta ahora está guardada. «Terminar después» cierra ahora y deja la ronda abierta: el conteo sigue cuando vuelva a abrir este archivo. «Cancelar» sigue contando.</translation>
    </message>
    <message>
        <source>&amp;Finish Later</source>
        <translation>&amp;Terminar después</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Language of this window and its projector</source>
        <translation>Idioma de esta ventana y de su proyector</translation>
    </message>
</context>
</TS>
