<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value with the most dots weighs 5 and a value with no dots weighs 1; the others fall in between in proportion to their dots, rounded to the nearest whole weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an app update changed the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a vote round was finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper ballots, choose one (a key per ballot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper ballots, ranked (instant runoff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand count (type the counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record (votes, actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the announcement is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the record: who, how the members decided, the values it rests on and what the members promise. Fill in the [bracketed] parts; changes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with a new draft from the record (Ctrl+Z brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole announcement as plain text, to paste into an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the announcement as a PDF press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsement chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from the record (not edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh draft replaced the text; Ctrl+Z brings yours back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement copied: paste it into an email or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pledge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n pledge(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-up sheet row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndorsement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pledged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign finance caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member from the roster (add new people on the Members tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an endorsement and an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity already has a goal for this endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endorsement made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 24 of 31 members voted yes at the May meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for an unconditional endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it was decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a race and a candidate the group has not endorsed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity to the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the activity or change its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive / &amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide an activity from new goals and sheets, or bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an activity nothing uses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endorsement (or every race before the vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endorsement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pre-print the names of the %n member(s) present at the latest meeting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-print names (no meeting attendance recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names only: phone numbers and emails are never pre-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-print names of members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of this endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are what the group promises the campaign, each in its activity&apos;s unit. Pledged counts pledges that are pledged, confirmed or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal for this endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deleted (its pledges stay); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pledges for endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pledges for activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pledges with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (pledged or confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pledges of member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overdue pledges only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge&apos;s own due date, else its goal&apos;s, else election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Pledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a pledge by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Pledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pledges (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected pledges %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only open pledges past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member&apos;s name to see only their pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endorsements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges belong to an endorsement: add one first (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n pledge(s); Ctrl+Z brings them back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the pledges to mark first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n pledge(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pledged (%3%) · %4 done (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward each goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet: add them on the Goals page (Alt+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: pledged (pledged, confirmed or done) · Orange: done · Full bar: the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show / dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: pledged and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Goal past due: %1 — %2 of %3 done by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up sheet rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not saved yet: go back to it and press Enter to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name on row %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the roster: press Enter to add them, then tick %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the roster. Enter adds them as a new member; Esc retypes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not saved: Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is saved: Ctrl+Z takes it back to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity %1 on this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the sheet was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to press next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first name on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endorsement first: sheets are typed in for an endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not saved: confirm the new member (Enter) or retype the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no ticks: nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 saved: %2, %3 pledge(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the roster. Enter adds them as a new member; Esc retypes the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member %1: type their phone and email from the sheet (Tab skips), then tick activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press 1–9 to tick activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to tick %2 (quantity in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roster already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not on the roster: Enter adds, Esc retypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name on the sheet · Up/Down: another row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: the name · Enter or Tab: take the match shown (or the name as typed) · 1–9: take it and tick that activity · Up/Down: other matches · Esc: hide the match, then clear · Backspace: delete a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: add as a new member · Esc: retype the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the phone from the sheet · Enter or Tab: on to the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the email from the sheet · Enter or Tab: on to the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9: tick or untick that activity · Space: tick the column under the cursor · +/−: its quantity · F2: type a quantity · Left/Right: move · Enter or Down: save the row, next row · Esc: back to the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits: the quantity · Enter: set it (0 unticks) · Esc: keep the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the notes · Enter: save the row, next row · Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is saved: no key changes it · Ctrl+Z takes the last saved row back · Up/Down: another row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement being worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, the sign-up sheet, progress, the announcement and F5 follow this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up Sheet Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pledge, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type In a Sign-up Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a paper sign-up sheet, keyboard only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group promises this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals against pledges, totals, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The press-release draft for this endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;New Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the entry grid for the next paper sheet (saved rows stay saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Endorsement Made Elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an endorsement decided outside this app (another meeting, an email vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity catalog: add, rename, archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsement yet — add one (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement recorded; set its goals next (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new meeting: date and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this meeting&apos;s date, place or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member&apos;s name to check them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on a race: method and rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard on the tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recusals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who sit this vote out for a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this round and announce the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision: open the next round under the repeated-ballot rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop balloting without a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;Ranked Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the ranked ballots so far, round by round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;Lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie for fewest votes in a ranked count: record whom the lot eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend Finalized Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a finalized round, with a reason kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;dorsement Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, conditional or rescinded: the change is kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Vote Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this vote as a vote record (JSON) that anyone can recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Live &amp;Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the live vote on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the result sentence on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Speech &amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the speech countdown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or Pause Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the speech countdown, or pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the countdown back to the full length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank or spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank or overvoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>needs 0000 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected member&apos;s details or eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members (only those with no meeting or pledge records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep former members&apos; records but take them off the current roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, then go to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split in two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible / dues paid (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (added to theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Network report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilize export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, archived too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the member may vote, and if not, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible to vote: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no longer an active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared File (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge values, races, candidates and ratings another group shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write values, races, candidates and ratings to share with another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard handout of every race as a PDF, opened when written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Race…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ra&amp;ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the race from lists and the handout, keeping everything (or bring it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an empty race (a race with candidates or votes is archived instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a candidate to the selected race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the candidate from the scorecard, keeping their ratings (or bring back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a candidate with nothing recorded (others are archived instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived races and candidates too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;&amp; E&amp;vidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cell&apos;s rating, evidence and source (Enter in the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the scorecard grid and the ranked comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the race above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the race below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard to the races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard to the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard to the scorecard grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print This Race…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this race&apos;s scorecard handout as a PDF and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived races and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best weighted score on the left. Unknown ratings count neither for nor against a candidate, so compare coverage before reading much into a close score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the grid: arrows move · %s · Enter evidence · Delete clears · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the scorecard grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in its list or panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Running an endorsement meeting&lt;/h2&gt;

&lt;h3&gt;Before the meeting&lt;/h3&gt;
&lt;ol&gt;
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty group file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another group file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complete copy of this file elsewhere (everything is saved already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to one of the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members Roster (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update members from an Action Network, Mobilize or other CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper ballots for a race: copies, ballots per page, ranked, serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes: attendance, quorum, every vote round by round, signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-up Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment sign-up sheets to pass around the room (landscape PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitment Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, pledges and who to follow up with (internal: has contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write members, ratings, votes and commitments as CSV files for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name, cycle, paper size and the default voting rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close the window you show the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this tab is about (e.g. the current race) on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the projector window fill its screen (Esc leaves full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the group&apos;s name on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward on the projector (next candidate or value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Running an Endorsement Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide: before, during and after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Endorse Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority (more than half)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-fifths (at least 3/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-thirds (at least 2/3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-quarters (at least 3/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates &amp;&amp; Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting &amp;&amp; Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected value&apos;s title, description, weight or dealbreaker flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected value and its ratings (undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected value up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected value down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally members&apos; dots per value, then apply them as suggested weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a D&amp;ot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dot for the selected value (or press 1–9 for value number 1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back &amp;Last Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the most recent dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Dots as &amp;Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See current and suggested weights side by side, then apply them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the dot vote again from zero (undo puts the dots back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete value %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the dot vote as weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: members give to the campaign themselves. This app only notes what they tell you they gave; it never takes, holds or sends money. Contribution limits and reporting rules differ from place to place, so check the ones that apply before the group raises or spends money together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group makes independent expenditures. Volunteering in the campaign&apos;s own canvass or phone bank is usually fine, but the group&apos;s own spending must not be planned with the campaign or shaped by its private plans, lists or needs. Keep such details out of these notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a finalized round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finalized round is corrected only by an amendment: it is added to the ballot record with your reason, the round is recounted, and the audit log keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rou&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys in order, e.g. 2 1=3 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ballot that was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a ballot counted wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 blank or spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a ballot found under a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, Enter checks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name; Up/Down picks; Enter checks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members matching the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in, latest first. Delete checks someone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a typed &amp;head count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count heads instead of checking members in (the count is the number present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(member %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member on the roster matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotsDialog</name>
    <message>
        <source>Print ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranked ballots (instant runoff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial numbers (they number the paper, never the voter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No races yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incumbent (holds the office now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonTab</name>
    <message>
        <source>Coming in this release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealbreakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotWeightsDialog</name>
    <message>
        <source>Apply the dot vote as weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s would change; undo (Ctrl+Z) puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and suggested weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndorsementStatusDialog</name>
    <message>
        <source>Endorsement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescinded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition, or why it is rescinded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition or &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the condition, or the reason for rescinding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already exists. Use File ▸ Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open group file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the sample group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the copy of %s? Everything recorded since then leaves this file (a backup of the current state is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the copy of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizing locks round %d. After that it changes only through an amendment with a reason. The result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse %s (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse on a &amp;condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. signs the tenant-protection pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the condition down, or choose an active endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSettingsDialog</name>
    <message>
        <source>Create the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverton Indivisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026 Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fraction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes cast (abstentions and blanks left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members present (minus recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible members (minus recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who must be present for a vote to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &quot;No endorsement&quot; on every ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep every candidate (Robert&apos;s Rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the candidate with fewest votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only the top two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voting rule (each vote can override it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeated ballots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We make independent expenditures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups that spend money independently must not coordinate with campaigns; the app then reminds you where members log campaign contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Roster imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 · updated %2 · merged %4 · skipped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 · updated %2 · skipped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what happened to each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Record the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In counting round %d, %s are tied for the fewest votes and earlier rounds do not settle it. Draw lots in the room, then choose whom the lot eliminated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom the lot eliminated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Endorse Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of this window (the projector is always dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the group first; then import its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Endorse Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Endorse Desktop %s&lt;/b&gt;&lt;p&gt;Run your group&apos;s endorsement meeting from one laptop: scorecards, vote counting, ballots, minutes and commitments. Works offline; your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running an endorsement meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverton Library, Room B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring endorsement meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatusLabel</name>
    <message>
        <source>Present and quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present at the meeting and whether quorum is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %d ✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %d ✗ NOT met (%d short)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting whose attendance and votes are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present and quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes taken at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each candidate may speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting yet — Ctrl+Alt+N starts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %d ✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %d ✗ NOT met (%d short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ana@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May vote in the group&apos;s endorsement votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason, or type the group&apos;s own (e.g. “joined after the cut-off”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason not eligible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, emails, phones, postal codes, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which members the table lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No members yet&lt;/h3&gt;&lt;p&gt;Add people one by one (Ctrl+Shift+N), or import the roster you keep in Action Network, Mobilize or a spreadsheet (Ctrl+Shift+I).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s eligible to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(And %s more like this.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s from the roster? (Edit ▸ Undo brings them back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchived %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s names its columns but has no rows of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <source>New vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the vote is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom should the group endorse for …?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a race and its candidates first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the ballot in round %d: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s are tied for the last place that stays. Draw lots in the room, then tick the %d the lot removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick exactly %d: whom the lot removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <source>Projector: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Endorse Desktop — Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Edit race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ward 3 (leave empty for a city-wide office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceEditor</name>
    <message>
        <source>Unarchive Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add race %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit race %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive race %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive race %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete race %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit candidate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rating and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said or did: a quote, a vote, a questionnaire answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <source>Rate %s on %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recusals for this vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a conflict of interest sit this vote out: they leave the number who can vote, and still count toward quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. works for a candidate&apos;s campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members present (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will go back to how it was at the chosen moment. Its current state is backed up first, so a restore can itself be undone by restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSlide</name>
    <message>
        <source>Result: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (not final yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import members roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · separated by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column holds; columns set to “Ignore” are left out. People already on the roster (same email) are updated, never added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %s as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members may vote right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick if your group has a waiting period: new members are then marked not eligible, with the reason “waiting period”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update the members as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first %d rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will add %1, update %2, merge %5 and skip %3 of %4 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will add %1, update %2 and skip %3 of %4 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule for this vote (starts as the group&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority (more than half)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-fifths (at least 3/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-thirds (at least 2/3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-quarters (at least 3/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fraction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing ballots (ranked only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members present (minus recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible members (minus recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no one wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat with every candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the candidate with fewest votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only the top two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &quot;No endorsement&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no one &amp;wins:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardFileActions</name>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share values and scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 will: %2.

A backup of this file is taken first. The import itself cannot be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>Dealbreaker: rated Opposes on a dealbreaker value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s Opposes dealbreaker: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s Dealbreaker: Opposes here is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardSlide</name>
    <message>
        <source>Scorecard on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard: no race chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No race to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardsTab</name>
    <message>
        <source>Candidates and scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the race&apos;s candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No race yet&lt;/h3&gt;Add one with New Race (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Print the meeting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyBoard</name>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (PageUp/PageDown: other rounds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <source>Tally keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the count, then Enter or Tab to record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no option %d on this ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot: (type the keys in the ballot&apos;s order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overvote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote selected. Start one with Meeting ▸ New Vote (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is finalized. Corrections: Meeting ▸ Amend Finalized Round (Ctrl+Shift+A), with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each count and press Enter or Tab. Ctrl+Z undoes a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here or press Ctrl+T to start counting ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting: one key per ballot — %s, 0 blank or spoiled. Backspace takes the last ballot back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting ranked ballots — %s. Keys in the ballot&apos;s order, = before a key for a second mark at the same rank, 0 for an empty rank, Enter ends the ballot, Backspace takes back, Esc starts the ballot over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing round %1 of %2 of the count: PageUp/PageDown steps through the rounds (click the tally first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThermometerSlide</name>
    <message>
        <source>Thermometer: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endorsement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our promise: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pledged · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges are tracked once the group endorses a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals set yet: the group decides what it promises the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged so far (no goals set yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerSlide</name>
    <message>
        <source>Speech timer: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <source>Title: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Affordable housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this value counts in a candidate&apos;s score: 1 a little, 5 the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dealbreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate rated Opposes on this value is flagged on every scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a value called %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealbreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate rated Opposes on a dealbreaker is flagged ✖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots members placed on this value in the dot vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesTab</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row, or press Ctrl+Up / Ctrl+Down, to change the order the scorecards use. Insert adds a value, Enter edits it, Delete removes it; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote: press Space for a dot on the selected value, or 1–9 for the value with that number. Backspace takes back the last dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealbreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealbreakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote at this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s) · %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced after round %d: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d ballots counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d hands counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank or spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot to take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %s = %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finalize yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup after finalizing failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop balloting on this race without a decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result so far: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count has no tie that needs a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteCorrections</name>
    <message>
        <source>Amendment refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %s
Now: %s
Review the endorsement (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuse %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecuse %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vote endorsed nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement is now %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the vote record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote record saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteSlide</name>
    <message>
        <source>Live vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live vote: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live vote: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live vote: %s, round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ballot counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d ballots counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to Endorse Desktop&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare your group&apos;s values and candidate scorecards, count the votes in the room without a slip, print ballots, minutes and sign-up sheets, and follow up on what members promised. Everything stays in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create our group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group and choose its voting rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sample group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a made-up chapter in its own file; your data stays separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Painter</name>
    <message>
        <source>Value · weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s dealbreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dealbreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates in this race yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no values yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
