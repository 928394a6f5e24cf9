// 第三阶段：对话协商（Y4 代表与承诺、Y5 场外等候与谣言、记者、政府答复、带离代表的压力）

=== phase3_start ===
广场上的司机已经有{crowd()}人左右，大家七嘴八舌地喊着要见市长。 # phase: 3
{ deployed("riot") > 0:
    -> phase3_riot_presence
}
-> phase3_representatives

=== phase3_riot_presence ===
“你们把防暴队摆在门口，谁敢进去谈？进去了还出得来吗？” # speaker: rep-zheng
“警官，把那些戴头盔的撤一撤，我去劝大家选代表。” # speaker: rep-wang
你怎么处理防暴队？ # dp: p3-riot-presence
* [让防暴队摘下头盔、撤回大院内待命，门口只留常规警力 # withdraw: count=40 posture=riot # mark: posture-graded # honours: keshun-bukeji]
    防暴队撤进了大院。汪师傅松了口气，转身去找人商量代表的事。
* [让防暴队原地摘下头盔，改为常规执勤 # setPosture: to=uniform from=riot # mark: posture-graded]
    队员们摘下头盔，把盾牌靠在墙边。郑师傅看了看，没再说什么。
* [防暴队不动，告诉他们警察怎么部署轮不到司机管 # speak: tone=harsh # mark: threat]
    ~ harsh_count += 1
    ~ reps_refused = true
    郑师傅冷笑一声：“那你们自己跟自己谈吧。”
- -> phase3_representatives

=== phase3_representatives ===
{ reps_refused:
    汪师傅摇摇头，回到了人群里。没人愿意站出来当代表。
}
司机们都在喊，谁也听不清谁。
提示：集体反映诉求的，推选不超过五名代表；把诉求和场地分开，代表进屋谈，其他人在安全的地方等。 # hint
你怎么组织对话？ # dp: y4-representatives # rationale: representatives
* [请司机们推选不超过五名代表，到市政府接待室面对面反映诉求；其余司机在广场等候，每半小时通报一次进展 # mark: reps-mechanism # honours: daibiao-wuren]
    { deployed("riot") > 0 or reps_refused:
        司机们犹豫了很久，才有人站出来。 # wait: 15
    }
* [请信访局和街道干部帮着司机们推选代表，不超过五人，其余司机在广场等候消息 # mark: reps-mechanism # mark: community # honours: daibiao-wuren]
    { deployed("riot") > 0 or reps_refused:
        司机们犹豫了很久，才有人站出来。 # wait: 20
    }
* [打开大院，让所有司机都进院子里一起谈 # mark: reps-none # breaks: daibiao-wuren # inject: kind=shock group=participants dE=0.05]
    几百人涌进大院，谁说话谁被打断。半小时过去，什么也没谈成。市领导让你马上组织代表对话。 # wait: 30
* [告诉司机们这里不是解决问题的地方，让他们回去按信访程序逐级反映 # speak: tone=neutral # mark: dialogue-refused # breaks: xianchang-diyi]
    “我们就是来信访的！”司机们围着你不肯散。过了一阵，指挥中心转达市领导指示：马上组织代表对话。 # wait: 25
- -> phase3_reps_named

=== phase3_reps_named ===
最后站出来五个人：汪师傅、郑师傅，还有三位跑了十几年车的老司机。 # wait: 10
{ not hothead_removed:
    林师傅也想挤进代表里，被另外几位司机拦住了：“你去了只会吵架。”
}
-> phase3_followup_report

=== phase3_followup_report ===
{ violence_handling == "targeted":
    局面有了变化：司机被打、三人被传唤，代表已经推选出来。
- else:
    局面有了变化：有司机被打，代表已经推选出来。
}
要向指挥中心续报吗？ # dp: p3-followup-report
* [向指挥中心续报：伤人和传唤情况、现场人数和趋势、代表已推选、对话安排和下一步建议 # report: kind=followUp level=IV fields=count,casualties,trend,measures,next # mark: followup-report]
    “收到续报。市领导知道了。” # speaker: command-center
* [情况没有大的变化，不用续报]
    对讲机那头，指挥中心还以为现场只有四十辆车。
- -> phase3_chair

=== phase3_chair ===
谁来和代表谈？ # dp: p3-chair
-> options

= options
+ {arrived("cityGov")} [请周副市长主持，交通运管、发改、人社等部门负责人参加，公安只负责会场秩序和安全 # meetRepresentatives # mark: refer-substance # honours: dangwei-zhengfu-zhudao]
    -> phase3_meeting_gov
+ {not arrived("cityGov") and arrived("transport")} [请已经到场的交通运输局陈局长主持，其他部门到场后加入，公安只负责秩序和安全 # meetRepresentatives # mark: refer-substance # honours: dangwei-zhengfu-zhudao]
    -> phase3_meeting_gov
+ {not called_transport} [通知交通运输局负责人马上到场，先请代表在接待室喝杯热茶等候 # callDepartment: transport # wait: 10]
    ~ called_transport = true
    -> waiting
+ {not called_city} [请市委市政府值班室报告分管副市长，请他到场主持对话 # callDepartment: cityGov # wait: 5]
    ~ called_city = true
    -> waiting
+ {called_transport and not arrived("transport") and not arrived("cityGov")} [再等一等，陪代表们在接待室说说话 # wait: 15]
    -> waiting
+ [你亲自和代表谈，先把人稳住 # meetRepresentatives # mark: police-negotiate # breaks: dangwei-zhengfu-zhudao]
    ~ police_chair = true
    -> phase3_meeting_police

= waiting
{ sceneMinutes() >= 190:
    -> ending_timeout
}
代表们在接待室里等着，广场上的司机在寒风里等着。
还是没有能拍板的人到场。接下来怎么办？
-> options

=== phase3_meeting_gov ===
{
- arrived("cityGov") and arrived("transport"):
    接待室里，代表们坐了下来。周副市长坐在正中，交通运输局的陈局长坐在他旁边。 # wait: 30
- arrived("cityGov"):
    接待室里，代表们坐了下来。周副市长坐在正中，交通运输局的人还在路上。 # wait: 30
- else:
    接待室里，代表们坐了下来。交通运输局的陈局长坐在正中，拿出了笔记本。 # wait: 30
}
{
- legitimacy() < 68:
    “上次你们也说研究研究，研究到现在。这回我们要白纸黑字。” # speaker: rep-zheng
- else:
    “领导，我们今天来，就想把话说清楚。” # speaker: rep-wang
}
汪师傅把油补、起步价、黑车、工伤保险几件事一条一条说了一遍，郑师傅在旁边补充份子钱的账。
{ arrived("transport"):
    “油补的事，是我们的工作没跟上。”陈局长一边听一边记。 # speaker: transport-chen
- else:
    “你们说的，我都记下了。”周副市长一边听一边记。 # speaker: vice-mayor-zhou
}
-> phase3_promise

=== phase3_meeting_police ===
你把代表请进了接待室，自己坐在对面。代表们说了半个小时，你只能一条一条地记。 # wait: 30
“警官，你又做不了主，跟你谈有什么用？” # speaker: rep-zheng
-> phase3_promise

=== phase3_promise ===
郑师傅转向你：“警官，你给句准话，油补到底什么时候发？你说了，我们马上出去劝大家回去。” # speaker: rep-zheng
提示：不准随意承诺。实质问题由主管部门答复，公安负责把诉求转达到位，并说清楚什么时候给答复。 # hint
你怎么回答？ # dp: y4-promise
* [回答：油补怎么发、什么时候发，要由交通运输局和财政部门答复；我负责把大家的诉求一条不落地转达，并请他们今天给出具体时间 # mark: no-police-promise # honours: buzhun-chengnuo]
    郑师傅盯着你看了几秒：“行，我们等他们的话。”
* {not police_chair} [回答：这个主我做不了，但能做主的人就在这里，我现在就请他们当面给大家答复 # mark: no-police-promise # honours: buzhun-chengnuo]
    郑师傅把目光转向了会议桌的另一头。
* [回答：我向你们保证，油补下周一定发到位 # commit: credible=false remedy=0.5 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    代表们交换了一下眼色。汪师傅问：“这话是你说的，还是政府说的？”
* [回答：这不归公安管，你们的事去问政府 # speak: tone=neutral # mark: cold-reply]
    郑师傅一拍桌子：“我们就是来找政府的，是你们把我们拦在外面！”
- -> phase3_outside

=== phase3_outside ===
接待室外，一百多名司机在寒风里等着。有人开始嚷嚷：“进去这么久了，怎么一点消息都没有？”
场外等候的司机怎么安排？ # dp: y5-outside
* [每半小时用喊话器通报一次进展，请一名代表出来向大家说明；安排热水，请交警把车辆引导到路边临时停车区，让出主车道 # release: channel=loudspeaker content=facts,measures,nextUpdate # mark: updates-regular # mark: vulnerable-care # honours: keshu-budu # wait: 20]
    ~ updates_regular = true
    郑师傅出来讲了几句，大家捧着热水，有人把车挪到了路边。
* [请街道干部和便衣民警在等候的司机中一对一做工作、送热水，每半小时通报一次会谈进展 # release: channel=loudspeaker content=facts,nextUpdate # mark: updates-regular # mark: community # mark: vulnerable-care # honours: keshu-budu # wait: 20]
    ~ updates_regular = true
    几个老司机围着街道干部，一边喝热水一边说自家的难处。
* [用警戒线把等候的司机围在广场里，防止有人冲进大院 # deploy: posture=cordon count=40 zone=square # mark: kettle # breaks: kesan-buneju # wait: 20]
    ~ kettled = true
    警戒线一合拢，广场里的人挤成一团，后面的人还在往前涌。
* [让他们等着，会谈有结果了再说 # mark: silence # wait: 20]
    广场上没人知道里面在谈什么，猜测一个接一个。
- -> phase3_rumour_check

=== phase3_rumour_check ===
{
- updates_regular and rumor() < 20:
    广场上有人嘀咕代表是不是被扣了，但郑师傅刚出来说过话，这个说法没传开。
    -> phase3_journalist
- else:
    -> phase3_rumour_reps
}

=== phase3_rumour_reps ===
广场上突然传开一个说法：“代表被扣了，进去的人出不来了！”几十名司机涌向大门。 # inject: kind=rumor content=blaming importance=0.7 spreaders=8
你怎么应对？ # dp: p3-rumour-reps
* [请汪师傅出来当面向大家说明，再请两名司机进接待室亲眼看一看 # release: channel=loudspeaker content=facts,rebuttal # mark: reps-inspect # honours: diyi-shijian-fabu]
    两名司机进去转了一圈，出来对大家说：“人都好好的，正在谈。”涌到门口的人慢慢退了回去。
* [请郑师傅用自己的手机直播接待室里的会谈，让广场上的司机亲眼看到代表在谈 # release: channel=live content=facts,rebuttal # mark: reps-inspect # honours: diyi-shijian-fabu]
    郑师傅举着手机转了一圈，广场上的司机围着屏幕看：代表们正坐在桌边，面前摆着茶杯。
* [用喊话器严厉警告：谁再造谣，依法处理 # speak: tone=harsh # mark: rumour-threat]
    ~ harsh_count += 1
    “那你让代表出来啊！”喊声更大了。
* {harsh_count > 1 or phones_seized or framing != "petition"} [收缴带头传播谣言的司机的手机 # redLine: R6 # breaks: bu-feng-wang]
    ~ phones_seized = true
    手机被收走，“警察抢手机、扣代表”的说法传得更快了。
- -> phase3_journalist

=== phase3_journalist ===
一位年轻的女记者走到你面前，亮了亮记者证。
“听说有司机被打了，警察还抓了人，是真的吗？政府打算怎么解决？” # speaker: journalist-su
你怎么回答？ # dp: p3-journalist
* [介绍已经掌握的事实和正在采取的措施，说明政府部门正在与司机代表面对面座谈，并告诉她下一次通报的时间 # release: channel=press content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    { violence_handling == "targeted":
        你告诉她：一名司机被殴打，已经送医；三名涉嫌殴打他人、拦截车辆的人被依法传唤，其余司机的诉求正在由政府部门听取。
    - else:
        你告诉她：一名司机被殴打，已经送医，警方正在调查；其余司机的诉求正在由政府部门听取。
    }
* [请她到指挥部，由宣传部的同志统一介绍情况，并告诉她下一次通报的时间 # release: channel=press content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    宣传部的同志把已经核实的情况讲了一遍，她记下了下一次通报的时间。
* [回答：无可奉告，请以官方通报为准 # mark: no-comment # breaks: kuaibao-shishi]
    她在本子上写下“警方拒绝回应”。
* [让民警请她离开现场，不许拍摄 # mark: media-blocked # breaks: kuaibao-shishi # inject: kind=contradiction]
    她被请出了警戒区。一个小时后，一篇《记者采访出租车停运被警方驱离》的帖子出现在网上。
- -> phase3_offer

=== phase3_offer ===
{
- police_chair and not arrived("cityGov") and not arrived("transport"):
    -> phase3_offer_police
- arrived("cityGov"):
    会谈进行了一个多小时。周副市长把你叫到走廊上：“你们公安在一线，看得清楚。今天怎么答复比较稳妥？” # speaker: vice-mayor-zhou # wait: 20
- else:
    会谈进行了一个多小时。陈局长把你叫到走廊上：“你们公安在一线，看得清楚。今天怎么答复比较稳妥？” # speaker: transport-chen # wait: 20
}
提示：合理诉求下决心解决，不合理诉求不迁就但耐心化解。承诺要具体、有时限、由有权兑现的部门作出。 # hint
你给政府什么建议？ # dp: p3-offer # rationale: offer
* [建议：油补明确发放日期和责任单位，黑车由交通、公安联合整治，运价调整依法走价格听证；不合理的诉求耐心解释；政府当面承认工作不到位 # commit: credible=true remedy=0.6 # apologize # mark: credible-commitment # mark: official-apology # honours: fansi-zize]
    ~ gov_commitment = "credible"
    “油补半年没发，是我们工作没做到位，我向大家道歉。”领导当着代表的面，把发放日期和责任单位写进了会议纪要。
* [建议先把能定的定下来：油补的发放日期和责任单位写进会议纪要；运价和黑车问题给出研究时限和下次答复的时间 # commit: credible=true remedy=0.5 # mark: credible-commitment # honours: buzhun-chengnuo]
    ~ gov_commitment = "credible"
    油补的发放日期写进了会议纪要。运价和黑车的事，定在两周内再给答复。
* [建议先把所有诉求都答应下来，包括当场宣布上调起步价，把人劝走再说 # commit: credible=false remedy=0.8 # mark: empty-promise # breaks: buzhun-chengnuo]
    ~ gov_commitment = "overpromise"
    代表们愣了一下：“起步价当场就能涨？不用听证？”但谁也没再多问。
* [建议只表态回去认真研究，不给时间表 # commit: credible=false remedy=0.2 # mark: vague-reply]
    ~ gov_commitment = "vague"
    “研究研究，又是研究研究。”郑师傅低声说。 # speaker: rep-zheng
- -> phase3_offer_reaction

=== phase3_offer_police ===
代表们要一个说法，可在场没有能拍板的人。
你怎么办？ # dp: p3-offer-police
* [如实告诉代表：公安无权答复实质问题，已经请分管副市长和交通运输局负责人马上来，到了当面答复 # mark: refer-substance # wait: 30]
    { not called_city:
        ~ called_city = true
        市委市政府值班室接到电话，马上报告了分管副市长。 # callDepartment: cityGov
    }
    { arrived("cityGov") or arrived("transport"):
        ~ gov_commitment = "credible"
        政府的人终于到了。他们听完代表的诉求，当场定下了油补发放的日期和责任单位，并答应运价调整走听证程序。 # commit: credible=true remedy=0.5
    - else:
        等了二十分钟，政府的人还在路上。代表们只带着你的一句“马上来”回到了广场。
    }
* [以个人名义先答应下来：油补下周发，起步价也会涨 # commit: credible=false remedy=0.6 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    代表们半信半疑地点了头。
- -> phase3_offer_reaction

=== phase3_offer_reaction ===
{
- legitimacy() >= 75:
    代表们低声商量了一会儿，汪师傅点了点头：“我们出去跟大家说。”
- else:
    “说得好听，谁知道是不是又糊弄我们？”郑师傅把会议纪要推了回去。 # speaker: rep-zheng
}
-> phase3_hardliner

=== phase3_hardliner ===
{ framing == "petition" and harsh_count == 0 and tension() < 72:
    -> phase4_start
}
分局一位领导打来电话：“那几个代表一看就是带头的。谈完以后，把他们控制起来，群龙无首，人自然就散了。” # speaker: bureau-leader
提示：带离任何人之前，逐人核对：此人有没有可认定的违法行为？有没有劝阻、警告并记录？依据哪一条？是否只针对个人、是否是合适的时机？代表不是骨干分子。 # hint
你怎么答复？ # dp: p3-hardliner # rationale: removal
* [拒绝：代表是依法反映诉求，没有违法行为，不能带离；只对有违法行为、经警告仍不停止的人依法处置 # mark: reps-protected # mark: keyactor-behaviour # honours: bu-qiuhou-suanzhang]
    电话那头沉默了一下：“那你负责把现场稳住。”
* [请示分局主要领导：代表没有违法行为，带离没有法律依据，只会激化矛盾，建议不采取任何措施 # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    分局主要领导回电话：“同意你的意见，代表一个也不能动。”
* [照办：会谈一结束，就把五名代表带上警车 # isolate: target=representatives # mark: reps-arrested # breaks: bu-qiuhou-suanzhang]
    ~ reps_arrested = true
    五名代表刚走出接待室，就被民警带上了警车。广场上的司机们全都看见了。
* {not hothead_removed} [只对在门口煽动、拦车的林师傅再次警告，他仍不停止就依法带离，代表和其他司机不动 # warn: basis=治安管理处罚法第23条 # isolate: target=agitators # evidence: keyActors # mark: keyactor-behaviour # mark: targeted-action # mark: evidence-warning # mark: stop-force # honours: qiege]
    ~ hothead_removed = true
    林师傅听完警告还在拦车，被依法带离。代表们看了一眼，没有说话。
- -> phase4_start
