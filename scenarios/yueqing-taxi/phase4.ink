// 第四阶段：平息/升级（宣布结果、有序离场或滞留堵路、升级处置、Y6 情况通报、终报）

=== phase4_start ===
会谈结束了。 # phase: 4
{ sceneMinutes() >= 190:
    -> ending_timeout
}
{ reps_arrested:
    -> phase4_escalation
}
{ violence() > 8:
    -> phase4_escalation
}
-> phase4_announce

=== phase4_announce ===
会谈的结果要向广场上的司机们宣布。
怎么宣布？ # dp: p4-announce
* {arrived("cityGov")} [请周副市长和代表们一起走出大门，当面向司机们宣布，并在官方账号同步直播 # speak: tone=empathetic # broadcast: on=true # release: channel=live content=facts,measures,attitude,nextUpdate # mark: official-release # honours: xianchang-diyi]
    周副市长站上台阶，汪师傅站在他身边。广场上的司机们安静下来，手机镜头都对着他们。 # wait: 10
* [请代表们出来，用喊话器向大家转述会谈结果 # release: channel=loudspeaker content=facts,measures,nextUpdate]
    汪师傅接过喊话器，一条一条地念会议纪要。 # wait: 10
* [在大门口贴一张书面告示，写明会谈结果 # release: channel=loudspeaker content=facts transparency=0.3]
    告示前挤满了人，后面的人看不见，只能听前面的人转述。 # wait: 10
- -> phase4_after_announce

=== phase4_after_announce ===
{
- violence() > 5:
    -> phase4_escalation
- tension() < 62 and legitimacy() >= 72:
    -> phase4_leaving
- else:
    -> phase4_holdouts
}

=== phase4_leaving ===
司机们陆续回到车里，有人发动了车子。
怎么组织离场？ # dp: p4-departure
* [交警分批引导车辆驶离，打开所有出口；民警退到路边，摘下头盔 # setPosture: to=uniform from=cordon # setPosture: to=uniform from=riot # mark: stop-force # honours: kesan-buneju]
    一辆接一辆的出租车开出广场，主路恢复了通行。 # wait: 15
    -> phase4_release
* [请代表们带头先把车开走，交警在各个路口放行，民警不催不赶 # mark: stop-force # honours: keshun-bukeji]
    汪师傅第一个发动了车子。后面的车一辆跟着一辆，开出了广场。 # wait: 15
    -> phase4_release
* [下最后通牒：十分钟内车辆全部开走，否则拖车 # speak: tone=harsh # mark: ultimatum]
    ~ harsh_count += 1
    有司机骂了一句，故意把车熄了火。车辆还是慢慢散了，只是比预想的慢。 # wait: 20
    -> phase4_release
* {framing != "petition" or harsh_count > 1} [趁人少了，强行清场，尽快恢复交通 # disperse: ticks=10 # mark: mass-action # breaks: sanshen]
    民警推着还没上车的司机往外走，有人摔倒了。 # wait: 2
    -> check_force_outcome ->
    人群散了，但不少司机是骂着走的。 # wait: 10
    -> phase4_release

=== phase4_holdouts ===
{ sceneMinutes() >= 200:
    -> ending_timeout
}
{ hothead_removed:
    还有二三十名司机不肯走，几个年轻司机把车横在主路上，堵住了车道。
- else:
    还有二三十名司机不肯走，林师傅带着几个人把车横在主路上，堵住了车道。
}
怎么处理不肯离开的司机？ # dp: p4-holdouts
* [请代表、老乡和街道干部一起劝；劝不动，当众依法警告并全程录像；仍拒不挪车的，对堵路的个人依法带离，其余人继续劝 # warn: basis=治安管理处罚法第23条 # evidence: keyActors # isolate: target=agitators # mark: targeted-action # mark: community # mark: legal-basis # mark: evidence-warning # mark: stop-force # honours: yifa-guoduan]
    汪师傅拉着几个老乡劝了半天，大多数人把车开走了。两个警告后仍横车堵路的人被依法带离。 # wait: 15
    -> check_force_outcome ->
    主路恢复了通行。
    -> phase4_release
* {deployed("riot") > 0 or harsh_count > 1 or framing != "petition"} [喊话警告后，把剩下不走的人全部强行带走 # warn: basis=治安管理处罚法第23条 # disperse: zone=road ticks=15 # mark: mass-action # breaks: sanshen]
    民警冲上主路，把司机一个个往外拖。 # wait: 2
    -> check_force_outcome ->
    主路是通了，可路边围观的人把全过程都拍了下来。 # wait: 10
    -> phase4_release
+ [再等一等，继续耐心劝说 # speak: tone=empathetic # wait: 30]
    -> phase4_holdouts_recheck

=== phase4_holdouts_recheck ===
{
- sceneMinutes() >= 180 and (tension() >= 64 or legitimacy() < 70):
    -> ending_timeout
- tension() < 64 and legitimacy() >= 70:
    剩下的司机终于一个个把车开走了。
    -> phase4_release
- else:
    又过了半个小时，堵在路上的车一辆也没动。
    -> phase4_holdouts
}

// 隧道：动用强制力以后，看人群的反应。踩踏、升级就离开，否则返回。
=== check_force_outcome ===
{
- kettled and safety() > 40:
    -> ending_crush
- violence() > 10 or injuries() > 15:
    { escalated_once:
        -> ending_escalated
    }
    -> phase4_escalation
}
->->

=== phase4_escalation ===
~ escalated_once = true
{ reps_arrested:
    代表被带上警车的消息一下子传遍了广场。 # inject: kind=shock group=core dE=0.15 dL=-0.05
}
人群涌向大门，推搡、叫骂，有人朝民警扔矿泉水瓶，一辆警车的玻璃被砸碎了。 # phase: 4
提示：先止住暴力，再做工作。现场管制要经上级公安机关和同级政府批准；使用警械前必须警告，只针对实施暴力的人，暴力停止就停手，出口要始终留着。 # hint
你怎么处置？ # dp: p4-escalation # rationale: escalation
* [报请上级批准实施现场管制；喊话警告，对砸车、投掷的人依法带离并录像取证；同时让防暴队后撤、撤开警戒线、打开出口，停止推进 # requestApproval: control # warn: basis=人民警察法第17条 # arrest: mode=targeted # evidence: violence # withdraw: count=40 posture=riot # withdraw: count=40 posture=cordon # mark: targeted-action # mark: legal-basis # mark: evidence-violence # mark: stop-force # honours: yifa-guoduan]
    ~ kettled = false
    几名砸车的人被带离。出口一打开，外围的人开始往外走。 # wait: 10
* [喊话警告后，命令防暴队全线推进清场，见人就抓 # warn: basis=人民警察使用警械和武器条例第7条 # deploy: posture=riot count=40 zone=square # disperse: ticks=30 # arrest: mode=any # mark: mass-action # breaks: sanshen]
    防暴队排成一线往前推，警棍起落，哭喊声连成一片。 # wait: 3
* [撤出全部警力，避免正面冲突 # withdraw: count=150]
    民警全部撤进了大院。广场上没有了警察，有人又砸了几辆停在路边的车。 # wait: 10
- -> phase4_escalation_check

=== phase4_escalation_check ===
{
- kettled and safety() > 40:
    -> ending_crush
- violence() > 10:
    -> ending_escalated
- reps_arrested:
    -> phase4_reps_release
- else:
    -> phase4_recover
}

=== phase4_reps_release ===
“把代表放了！把代表放了！”广场上的喊声一阵高过一阵。
你怎么办？ # dp: p4-reps-release
* [立即放回代表，请政府负责人当面向大家道歉，恢复对话 # apologize # mark: official-apology]
    五名代表回到广场，人群的情绪才慢慢落了下来。 # wait: 10
    -> phase4_recover
* [坚持不放，继续清场]
    { tension() > 60 or violence() > 5:
        -> ending_escalated
    }
    广场上的司机骂着散了，没有人再提油补的事。 # wait: 5
    ~ reprisal = true
    -> phase4_release

=== phase4_recover ===
局面总算稳住了。
{ gov_commitment == "none" and not police_promise:
    -> phase4_recover_talks
}
-> phase4_release

=== phase4_recover_talks ===
市领导要求马上恢复对话。可司机们的诉求，到现在还没有人正式回应过。
谁来回应？ # dp: p4-recover-talks
* [请政府负责人和代表谈，公安只负责秩序 # meetRepresentatives # mark: refer-substance # wait: 30]
    { arrived("cityGov") or arrived("transport"):
        ~ gov_commitment = "credible"
        政府负责人和代表谈了半个小时，定下了油补发放的日期和运价听证的安排。 # commit: credible=true remedy=0.4
    - else:
        ~ gov_commitment = "vague"
        等来的只是一位办事员，他只能说“回去向领导汇报”。 # commit: credible=false remedy=0.2
    }
* [你当场答应司机们的要求，让他们先回去 # commit: credible=false remedy=0.6 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    司机们将信将疑地散了。
- -> phase4_release

=== phase4_release ===
现场的人散得差不多了。宣传部和你一起起草今天的情况通报。 # wait: 10
提示：快报事实、慎报原因、重报态度、续报进展。通报里不点名、不扣帽子，也不公开任何人的身份信息。 # hint
通报怎么写？ # dp: y6-release # rationale: release
* [当天发布联合情况通报：事情经过、被传唤人数和原因、政府的承诺和时间表、下一次通报时间；不点名、不扣帽子 # release: channel=official content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    ~ released_final = true
    通报当晚发出，第二天一早被本地媒体和新闻网站转载。
* [当晚由公安在官方账号发布警情通报，说明事实和传唤情况；次日上午与政府各部门联合发布情况通报，写明承诺和时间表 # release: channel=official content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    ~ released_final = true
    警情通报当晚发出。第二天上午，政府的联合通报把油补发放日期和听证会安排写得清清楚楚。
* [不发通报，内部处理，免得扩大影响 # mark: no-release]
    官方没有任何说法。
* [通报里写明被传唤人员的姓名和身份证号，显得公开透明 # release: channel=official content=facts # redLine: R7 # mark: official-release]
    ~ released_final = true
    通报一发，被传唤的几个人的身份信息在网上传得到处都是，家里人的电话也被打爆了。
* [通报称事件系少数别有用心的人煽动，司机以停运要挟政府 # release: channel=official content=cause # mark: official-release # mark: boilerplate-blame # breaks: kuaibao-shishi]
    ~ released_final = true
    通报下面的评论一边倒：“油补半年不发，倒成了要挟政府？”
- -> phase4_final_report

=== phase4_final_report ===
今天共有{injuries()}人在现场受伤，{arrests()}人被带离或传唤；另有一名司机被殴打送医。
向指挥中心终报。你怎么写？ # dp: p4-final-report
* [如实终报：参与人数、受伤和带离人数、处置经过、政府承诺和遗留问题 # report: kind=final level=IV fields=count,casualties,demands,measures,next # mark: final-report]
    “收到终报。” # speaker: command-center
* [如实终报，并附上现场视频、伤情记录和传唤笔录的清单，供上级核查 # report: kind=final level=IV fields=count,casualties,demands,measures,next # mark: final-report]
    “收到终报和附件。” # speaker: command-center
* [简要终报：人数和处置经过，其他情况等各部门材料汇总后再报 # report: kind=final level=IV fields=count,measures]
    “收到。伤亡和遗留问题尽快补齐。” # speaker: command-center
* {injuries() > 0 or escalated_once or violence_handling == "ignored" or violence_handling == "mass"} [把受伤人数报少一些，写成现场平稳、无人受伤 # report: kind=final level=IV fields=count,measures # redLine: R5]
    “收到。”指挥中心没有多问。可现场的视频，网上到处都是。 # speaker: command-center
- -> phase5_start
