// 乐清出租车集体停运（2010年1月4日）训练剧本，中文。内部资料。
// 案例依据：cases.md §1（Y1–Y7）；处置原则与法条：doctrine.md。
// 人物除真实职务外均为虚构；市领导只用职务称呼（deployment.md §5）。
// 结构：phase1.ink 预警/研判 → phase2.ink 到场控制 → phase3.ink 对话协商
//       → phase4.ink 平息/升级 → phase5.ink 善后/复盘；injects.ink 人群插入事件；endings.ink 结局。

INCLUDE phase1.ink
INCLUDE phase2.ink
INCLUDE phase3.ink
INCLUDE phase4.ink
INCLUDE phase5.ink
INCLUDE injects.ink
INCLUDE endings.ink

// 定性：none / petition / riot / police
VAR framing = "none"
VAR report_sent = false
VAR approval = false
VAR riot_called = false
VAR kettled = false
// 对打人者的处置：none / targeted（当场传唤）/ recorded（先取证、后处理）/ ignored / mass
VAR violence_handling = "none"
VAR hothead_removed = false
VAR evidence_group = false
VAR updates_regular = false
VAR reps_refused = false
VAR police_chair = false
VAR reps_arrested = false
VAR police_promise = false
// 政府答复：none / credible / vague / overpromise
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

// 以下是 Inky 单独试玩时使用的默认值；演练中由人群模型提供真实数值。
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
