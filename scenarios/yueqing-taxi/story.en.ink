// Yueqing taxi stoppage (4 January 2010) training story, English. Internal material.
// Case basis: cases.md §1 (Y1–Y7); principles and law: doctrine.md.
// All characters except real office titles are fictional; city leaders are named by title only (deployment.md §5).
// Structure: phase1.en.ink warning/assessment → phase2.en.ink arrival and control → phase3.en.ink dialogue
//       → phase4.en.ink calming/escalation → phase5.en.ink aftercare/review; injects.en.ink crowd injects; endings.en.ink endings.

INCLUDE phase1.en.ink
INCLUDE phase2.en.ink
INCLUDE phase3.en.ink
INCLUDE phase4.en.ink
INCLUDE phase5.en.ink
INCLUDE injects.en.ink
INCLUDE endings.en.ink

// Framing: none / petition / riot / police
VAR framing = "none"
VAR report_sent = false
VAR approval = false
VAR riot_called = false
VAR kettled = false
// Handling of the assailants: none / targeted (summoned on the spot) / recorded (evidence first, action later) / ignored / mass
VAR violence_handling = "none"
VAR hothead_removed = false
VAR evidence_group = false
VAR updates_regular = false
VAR reps_refused = false
VAR police_chair = false
VAR reps_arrested = false
VAR police_promise = false
// Government's answer: none / credible / vague / overpromise
VAR gov_commitment = "none"
VAR harsh_count = 0
VAR phones_seized = false
VAR released_final = false
VAR reprisal = false
VAR commitments_logged = false
VAR called_transport = false
VAR called_city = false
VAR escalated_once = false

EXTERNAL tension()
EXTERNAL legitimacy()
EXTERNAL rumor()
EXTERNAL safety()
EXTERNAL violence()
EXTERNAL crowd()
EXTERNAL arrests()
EXTERNAL injuries()
EXTERNAL sceneMinutes()
EXTERNAL arrived(dept)
EXTERNAL deployed(posture)

-> start

// Defaults for playing in Inky alone; in a drill the crowd model supplies the real values.
=== function tension() ===
~ return 55

=== function legitimacy() ===
~ return 78

=== function rumor() ===
~ return 10

=== function safety() ===
~ return 5

=== function violence() ===
~ return 0

=== function crowd() ===
~ return 400

=== function arrests() ===
~ return 0

=== function injuries() ===
~ return 0

=== function sceneMinutes() ===
~ return 60

=== function arrived(dept) ===
~ return true

=== function deployed(posture) ===
~ return 0

=== start ===
-> phase1_briefing
