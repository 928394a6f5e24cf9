// 示例剧本：商户租金纠纷（虚构的简化场景，用于说明写法）。
// 两个计分决策点、一个人群插入事件（inject_rumour）、两个结局。

EXTERNAL tension()
EXTERNAL arrived(dept)

-> start

// Inky 单独试玩时的默认值；演练中由人群模型提供。
=== function tension() ===
~ return 50

=== function arrived(dept) ===
~ return true

=== start ===
上午九点半，虚构的南湖商业街。六十多名商户关了店门，堵在物业管理处门口，抗议租金上涨。 # phase: 1
“管理处的员工出不来了，请你们处置。” # speaker: command-center
提示：先保安全：把冲突双方隔开，给被困的人留出通道，同时向上报告。 # hint
你到场后先做什么？ # dp: ex-arrival # rationale: arrival
* [在管理处门口拉一道警戒带，给员工留出通道，同时向分局初报 # deploy: posture=cordon count=8 zone=office # report: kind=initial level=IV fields=time,place,count,nature,demands # mark: safe-exit # honours: kesan-buneju]
    警戒带拉好，管理处的员工从侧门出来了。商户们还站在门口，但没人再往前挤。
* [用喊话器命令商户五分钟内散开 # speak: tone=harsh # mark: ultimatum # breaks: keshun-bukeji]
    “凭什么散？我们的店都要开不下去了！”喊声更大了。
- -> dialogue

=== dialogue ===
商户们要求见管理公司的老板。 # phase: 3
“租金一下涨一半，谁交得起？我们要一个说法。” # speaker: rep-wu
谁来回应商户？ # dp: ex-dialogue
* [请商务局到场主持，请商户推选不超过五名代表进去谈，公安只负责秩序 # callDepartment: commerce # meetRepresentatives # mark: no-promise # honours: daibiao-wuren # wait: 20]
    吴姐和另外四名商户进了会议室。商务局的人到场后，谈判开始了。
* [你当场答应商户：今年租金不涨 # commit: credible=false remedy=0.6 # mark: promise # breaks: buzhun-chengnuo # wait: 20]
    商户们安静了一会儿。可管理公司的人说，他们从没答应过。
- -> announce

=== announce ===
谈判有了结果，要告诉门外的商户。怎么宣布？
* [请商务局的人和代表一起出来，当面宣布结果和下一步安排 # release: channel=loudspeaker content=facts,measures,nextUpdate]
    -> outcome
* [在门口贴一张告示 # release: channel=loudspeaker content=facts transparency=0.3]
    -> outcome

=== outcome ===
{
- tension() < 60 and arrived("commerce"):
    -> ending_calm
- else:
    -> ending_repeat
}

=== inject_rumour ===
有人在直播里说：“明天物业就断水断电清场！”门口的商户一下子慌了。
你怎么应对？
* [请管理公司和社区当场说明没有任何断水断电的安排 # release: channel=loudspeaker content=facts,rebuttal # mark: rumour-checked]
    商户们看着管理公司的人签了字，情绪缓了下来。
    -> DONE
* [先不理会]
    说法继续在商户群里传。
    -> DONE

=== ending_calm ===
租金改为分三年上涨，管理费减免一半。商户们陆续开门营业。 # phase: 4
结局：协商化解。 # ending: calm
-> END

=== ending_repeat ===
商户们散了，可问题没有解决。一周后，他们又一次堵在了管理处门口。 # phase: 4
结局：问题未解决，事件重演。 # ending: repeat
-> END
