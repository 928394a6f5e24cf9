// 第二阶段：到场控制（部署、指挥部、Y3 打人事件、骨干、围观、直播、信息发布）

=== phase2_arrival ===
增援陆续到达。 # phase: 2 # wait: 10
{ approval:
    指挥中心批准了你的请求：二十名便衣联络民警、三十名常规警力和一个交警中队到场，特警中队在两条街外待命。
}
{ riot_called:
    特警防暴中队三十人开到广场前列队，头盔、盾牌、警棍齐全。司机们的目光一下子都落在他们身上。 # deploy: posture=riot count=30 zone=square
}
{ not approval and not riot_called:
    指挥中心还是从附近派出所抽调了十六名民警赶来，但比你希望的晚了一些。 # wait: 5 # deploy: posture=uniform count=16 zone=gate
}
你要怎么部署到场的警力？ # dp: p2-deploy
* [联络民警进入司机当中交流、了解情况，常规警力守住大门，交警在主路上疏导，留出车辆和行人通道 # deploy: posture=liaison count=16 zone=square # deploy: posture=uniform count=16 zone=gate # deploy: posture=uniform count=8 zone=road # mark: posture-graded # honours: sanshen # honours: kesan-buneju]
    便衣民警散进人群，递烟、聊天，很快就摸清了几拨司机各自在想什么。
* [常规警力先守住大门和路口，交警疏导车流，便衣联络民警分批进场 # deploy: posture=uniform count=16 zone=gate # deploy: posture=uniform count=8 zone=road # deploy: posture=liaison count=8 zone=square # mark: posture-graded # honours: sanshen]
    民警在大门前站成一排，没戴头盔。几名便衣民警混进了人群。
* [在大门和主路各拉一道警戒线，把司机和车辆都围在里面，防止有人冲击政府 # deploy: posture=cordon count=30 zone=gate # deploy: posture=cordon count=30 zone=road # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    警戒线拉起来以后，想把车开走的司机也出不去了。人群越挤越紧。
* [让到场警力戴头盔、持盾牌，在大门前列成人墙 # deploy: posture=riot count=30 zone=gate # mark: riot-early # breaks: sanshen]
    盾牌一排开，司机们纷纷掏出手机拍照。有人喊：“要打人了！”
* {deployed("riot") > 0} [让防暴队撤回大院内待命，换便衣联络民警和常规警力上前 # withdraw: count=30 posture=riot # deploy: posture=liaison count=16 zone=square # deploy: posture=uniform count=16 zone=gate # mark: posture-graded # honours: sanshen]
    防暴队撤进了大院。便衣民警散进人群，司机们的话多了起来。
- -> phase2_command_post

=== phase2_command_post ===
“所长，现场指挥部设在哪儿？人怎么分？” # speaker: officer-xu
你怎么组织现场指挥？ # dp: p2-command-post
* [在政府大院门内设现场指挥部，分设秩序维护、调查取证、群众疏导、信息发布和后勤保障组，各组指定负责人 # assignGroup: commandPost # assignGroup: order # assignGroup: evidence # assignGroup: persuasion # assignGroup: information # assignGroup: logistics # mark: command-post # mark: groups-roles]
    ~ evidence_group = true
    各组负责人在指挥部碰了个头，取证组打开了执法记录仪，信息组开始盯网上的动静。
* [请分管副市长任总指挥、你任现场指挥长，设秩序维护、矛盾调解、群众疏导、调查取证和信息发布组 # assignGroup: commandPost # assignGroup: order # assignGroup: mediation # assignGroup: persuasion # assignGroup: evidence # assignGroup: information # mark: command-post # mark: groups-roles # honours: dangwei-zhengfu-zhudao]
    ~ evidence_group = true
    指挥部的牌子挂了出来。市政府值班室回复：分管副市长正在赶来，到场后任总指挥。
* [不分组，所有民警由你一人直接指挥 # assignGroup: commandPost # mark: command-post]
    对讲机里的呼叫一个接一个，你很快就顾不过来了。
* [不设指挥部，先把人控制住再说 # mark: no-command-post]
    民警们各自为战，谁也不知道谁在干什么。
- -> phase2_violence

=== phase2_violence ===
东侧路口传来喊声。 # inject: kind=shock group=core dE=0.1
“所长，东边路口有几个司机拦下正在营运的出租车，把乘客拽下了车。一个不肯停运的师傅被打了，满脸是血！” # speaker: officer-xu
“我就是想拉活挣钱，凭什么打我？” # speaker: driver-sun
提示：依法果断处置的是少数动手的人，不是整个人群。先警告、固定证据，再针对个人依法传唤，并向其他司机说明原因。本案发生在2010年，引用修订前的条文号。 # hint
你怎么处置？ # dp: y3-violence # rationale: violence
* [派一个带执法记录仪的小组赶过去：当场警告制止，录像固定证据，把受伤司机送医，对动手打人、拦车的几个人口头传唤带离 # warn: basis=治安管理处罚法第23条 # evidence: violence # arrest: mode=targeted count=3 # mark: targeted-action # mark: legal-basis # mark: evidence-violence # mark: violent-separated # mark: stop-force # honours: yifa-guoduan]
    ~ violence_handling = "targeted"
    -> phase2_explain
* [派人保护受伤司机送医，取证组录下动手的人和拦车的过程、调取沿街监控；人群正在火头上，先不当场抓人，待平稳后依法处理 # evidence: violence # mark: evidence-violence # mark: evidence-kept # mark: violent-separated # mark: targeted-action # honours: xian-guding-zhengju]
    ~ violence_handling = "recorded"
    -> phase2_recorded
* [先不管，免得刺激司机们的情绪 # mark: violence-ignored # breaks: yifa-guoduan # inject: kind=shock group=participants dL=-0.03]
    ~ violence_handling = "ignored"
    -> phase2_victim
* {deployed("riot") > 0 or deployed("cordon") > 0 or framing != "petition"} [集中警力冲进广场，把聚集的司机全部清出政府门口 # disperse: zone=square ticks=20 # mark: mass-action # breaks: sanshen]
    ~ violence_handling = "mass"
    -> phase2_mass_aftermath

=== phase2_explain ===
{ arrived("ambulance"):
    待命的救护车把受伤的孙师傅接走了。
- else:
    民警开车把受伤的孙师傅送往医院。
}
三名动手的司机被民警带上了警车。执法记录仪录下了他们拦车、打人的全过程。广场上的司机们看在眼里，议论纷纷。
你要对广场上的司机说什么吗？ # dp: p2-explain-summons
* [用喊话器说明：依法传唤的是殴打他人、拦截车辆的三个人，与大家反映的诉求无关；大家的诉求政府会当面听取 # speak: tone=empathetic # release: channel=loudspeaker content=facts,attitude # mark: explain-summons # honours: qiege]
    议论声小了下去。汪师傅点点头：“打人本来就不对。”
* [请汪师傅和几位老司机向大家说明：被带走的是动手打人、拦车的人，跟来反映问题的司机没有关系 # mark: explain-summons # mark: community # honours: qiege]
    几位老司机在人群里一圈一圈地讲。有人说：“打人是不对，我们是来讲理的。”
* [不作解释，带走就行]
    没人知道警察为什么抓人。广场上很快有人说：“警察开始抓司机了！” # inject: kind=rumor content=blaming importance=0.6 spreaders=5
* [喊话警告：谁再闹事，一样带走 # speak: tone=harsh # mark: threat]
    ~ harsh_count += 1
    “我们闹什么事了？”几十个司机一起朝你喊。
- -> phase2_hothead

=== phase2_recorded ===
孙师傅被送上了车。执法记录仪和沿街监控都录下了动手的几个人。
“人我们都记下了，跑不了。等这边平稳了，一个一个依法处理。” # speaker: officer-xu
广场上有人看见民警在拍，动手的几个人缩回了人群里，没再拦车。
-> phase2_hothead

=== phase2_victim ===
孙师傅捂着脸，被几个同样没停运的司机扶到你面前。
“警察就站在旁边看着？我们不停运的就活该挨打？” # speaker: driver-sun
几个坚持营运的司机当场拔了车钥匙，说今天不干了。 # inject: kind=shock group=bystanders dL=-0.05
你怎么处理孙师傅的事？ # dp: p2-victim-care
* [向孙师傅道歉，派人送他就医、做笔录、调取沿街监控，把动手的人固定在证据里，等现场平稳后依法处理 # evidence: violence # mark: evidence-violence # mark: evidence-kept # honours: xian-guding-zhengju]
    孙师傅的火消了一半：“你们记下来就好，别让他们白打。”
* [让他自己去医院，回头再说]
    孙师傅看了你一眼，什么也没说，自己拦了一辆车走了。
- -> phase2_hothead

=== phase2_mass_aftermath ===
民警冲进广场，推搡中有人摔倒，有人挨了警棍。司机们一边后退一边骂，手机举成一片。 # wait: 2
-> check_force_outcome ->
人群被压到了路边，但没有散，反而越聚越紧。
-> phase2_hothead

=== phase2_hothead ===
林师傅跳上一辆出租车的引擎盖，举着喇叭喊：“谁出车就砸谁的车！今天谁也不许走！”
有两个想把车开走的司机，被他身边的几个人拦了回去。
你怎么处理林师傅？ # dp: p2-hothead
* [先请汪师傅去劝；劝不下来，你当众依法警告：拦截他人车辆、阻止他人离开是违法行为，继续这样将依法带离；全程录像 # warn: basis=治安管理处罚法第23条 # evidence: keyActors # mark: keyactor-behaviour # mark: community # mark: evidence-warning # mark: legal-basis # honours: qiege]
    -> phase2_hothead_after_warning
* [请街道干部和他的老乡把他劝到一边单独谈，取证组把他拦车、威胁的过程全程录下来 # evidence: keyActors # mark: keyactor-behaviour # mark: community # honours: qiege]
    林师傅被几个老乡拉到了路边。取证组的执法记录仪一直对着他。
    -> phase2_onlookers
* {harsh_count > 1 or framing == "riot" or tension() > 72} [当众呵斥他是刁民，让民警把他从车上拽下来按住 # isolate: target=agitators # redLine: R4 # breaks: keshun-bukeji]
    ~ hothead_removed = true
    ~ harsh_count += 1
    林师傅被按在车头上，一边挣扎一边喊：“警察打人了！”周围的司机一下子围了上来。
    -> phase2_onlookers
* [不理会，免得把事情搞大 # mark: violence-ignored]
    林师傅喊得更起劲了。想走的司机又把车熄了火。
    -> phase2_onlookers

=== phase2_hothead_after_warning ===
{
- tension() > 68 or violence() > 2:
    汪师傅没劝住。林师傅听完你的警告，冷笑一声，又去拦下一辆车。
    -> phase2_hothead_removal
- else:
    汪师傅拉着林师傅说了几句老家话，林师傅骂骂咧咧地从车上跳了下来，没再拦车。
    -> phase2_onlookers
}

=== phase2_hothead_removal ===
林师傅已经被警告过，仍在拦车。你怎么办？ # dp: p2-hothead-removal
* [依法将林师傅带离现场，并向周围的司机说明：带离他是因为拦截他人车辆，与大家的诉求无关 # isolate: target=agitators # mark: targeted-action # mark: explain-summons # mark: stop-force # honours: yifa-guoduan]
    ~ hothead_removed = true
    林师傅被两名民警带上了警车。周围的司机沉默了一会儿，有人小声说：“早劝过他了。”
* [再给他一次机会，暂不带离，继续录像]
    林师傅站在车头上继续喊。执法记录仪还开着。
- -> phase2_onlookers

=== phase2_onlookers ===
广场上围观的人越来越多，现场已经有{crowd()}人左右。有人在拍视频，有人在路边看热闹。
被拉下车的乘客李阿姨拖着行李箱站在寒风里，她要赶去温州的火车。
“我就是坐个车，招谁惹谁了？谁送我去车站？” # speaker: passenger-li
“警察同志，这路什么时候能通？我上班要迟到了。” # speaker: onlooker
你怎么处理围观群众和路上的乘客？ # dp: p2-onlookers
* {arrived("street")} [请街道干部和民警一起劝离围观群众，打开广场东西两侧通道，派车把被拉下车的乘客送到车站 # mark: onlookers-separated # mark: vulnerable-care # mark: community # honours: kesan-buneju]
    街道的何主任带着几个社区干部挨个劝，围观的人慢慢散开了。李阿姨坐上了去车站的车。
* {not arrived("street")} [用喊话器劝围观群众离开，打开广场东西两侧通道，派警车把被拉下车的乘客送到车站 # mark: onlookers-separated # mark: vulnerable-care # honours: kesan-buneju]
    围观的人散了一部分。李阿姨坐上了警车，一个劲儿地道谢。
* [请交警在路口分流，民警把围观群众和司机分开，引导围观群众从东侧离开，派车把乘客送到车站 # mark: onlookers-separated # mark: vulnerable-care # honours: kesan-buneju]
    围观的人被引到了东侧路口，慢慢散开。李阿姨坐上了去车站的车。
* [封住广场所有出入口，谁也不准进出，免得人越聚越多 # deploy: posture=cordon count=30 zone=square # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    出入口一封，围观的人和司机都被关在了广场里，李阿姨也出不去了。
* [顾不上围观的人，先盯住司机]
    围观的人越聚越多，李阿姨在路边站了很久。
- -> phase2_livestream

=== phase2_livestream ===
几名司机在用手机直播，标题是“乐清的哥集体停运，警察来了”，观看人数一直在涨。
“所长，要不要把他们的手机收了？” # speaker: officer-xu
你怎么决定？ # dp: p2-livestream
* [不干涉直播，提醒全体民警注意执法言行，一举一动都经得起镜头 # honours: bu-feng-wang]
    民警们把帽子扶正，说话的声音也放低了。
* [安排取证组用执法记录仪同步记录现场，民警的一言一行都留有记录 # evidence: scene # honours: bu-feng-wang]
    取证组在大门和广场两侧架起了执法记录仪。
* {harsh_count > 1 or framing != "petition"} [命令民警把正在直播的手机收缴 # redLine: R6 # breaks: bu-feng-wang # inject: kind=rumor content=blaming importance=0.8 spreaders=10]
    ~ phones_seized = true
    手机被收走的那一刻，已经有人录了下来。“警察抢手机”的视频很快传开了。
* [让信息组盯住直播里的说法，哪里说得不对，就准备好事实回应 # honours: diyi-shijian-fabu]
    信息组把几个直播间挂在屏幕上，一条一条记下网上在传什么。
- -> phase2_release_update

=== phase2_release_update ===
{ arrived("publicity"):
    宣传部的人到了，在指挥部等你定口径。
}
“网上已经有视频了，转发很快。我们要不要发点什么？” # speaker: officer-xu
你决定怎么发布信息？ # dp: p2-release-update
* [在公安官方账号发布简短事实：市政府门前有出租车聚集，政府已安排有关部门听取诉求，公安正在疏导交通、维护秩序，并写明下一次通报的时间 # release: channel=official content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    通报发出去不到十分钟，转发里开始有人说：“政府总算出来说话了。”
* [请宣传部把口径统一后，由官方账号发布已知事实、正在采取的措施和下一次通报的时间 # release: channel=official content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi # wait: 5]
    口径定下来花了几分钟，通报发出去以后，评论区安静了不少。
* [发布：少数别有用心的人煽动出租车司机非法罢运，公安机关将依法严厉打击 # release: channel=official content=cause # mark: official-release # mark: boilerplate-blame # breaks: kuaibao-shishi]
    通报下面的评论很快过了千条，大多在骂：“司机拿不到油补，倒成了别有用心？”
* [先不发，等处置完再统一说]
    网上的视频继续在转，官方账号没有声音。
- -> phase2_checkpoint

=== phase2_checkpoint ===
{ not report_sent:
    -> phase2_late_report
}
{
- violence() > 8:
    -> phase4_escalation
- else:
    -> phase3_start
}

=== phase2_late_report ===
“你们的初报呢？市领导已经在问了。” # speaker: command-center
你怎么补报？ # dp: p2-late-report
* [立即按初报要素补报：时间地点、人数、诉求、司机被打和传唤情况、趋势、已采取的措施和建议；定为Ⅳ级，属敏感事件 # report: kind=initial level=IV fields=time,source,place,nature,count,casualties,demands,trend,measures,next]
    ~ report_sent = true
    “收到。以后有变化第一时间报。” # speaker: command-center
* [先简要补报地点、人数和事件性质，其余随后再报 # report: kind=initial level=IV fields=time,place,count,nature]
    ~ report_sent = true
    “收到。诉求和伤人情况尽快补上来。” # speaker: command-center
* [只报现场基本平稳，不提司机被打的事 # report: kind=initial level=IV fields=place,nature # redLine: R5]
    ~ report_sent = true
    指挥中心记下了“现场基本平稳”。可打人的视频已经在网上传开了。
- -> phase2_checkpoint
