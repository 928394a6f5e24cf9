// 第五阶段：善后/复盘（次日通报与舆情、Y7 不秋后算账、承诺督办、回访、复盘），最后按结果进入结局

=== phase5_start ===
第二天早上。 # phase: 5
{ released_final:
    昨晚的情况通报被本地媒体和新闻网站转载。评论里有人说：“政府认了账，司机也该讲理。”
- else:
    网上流传一条消息：“昨天抓了几十个司机，还有人被打住院。”官方一直没有说法，转发越来越多。 # inject: kind=rumor content=blaming importance=0.9 spreaders=10
}
{ police_promise or gov_commitment == "overpromise":
    有司机去运管处问油补和起步价的事，得到的答复是“没有接到通知”。 # inject: kind=contradiction
}
-> phase5_reprisal

=== phase5_reprisal ===
一周后，分局有人提议：“把那五个代表叫来谈谈话，给他们提个醒，以后别再带头。”
提示：不秋后算账。对和平反映诉求的代表不追究；对殴打他人、拦截车辆的人，依据证据依法处理，宽严相济。 # hint
你的意见是什么？ # dp: y7-reprisal
* {violence_handling == "targeted" or violence_handling == "recorded" or evidence_group} [不同意：代表依法反映诉求，不能秋后算账；对殴打他人、拦截车辆的人，依据现场固定的证据依法处理，区别对待 # mark: reps-protected # mark: evidence-kept # honours: bu-qiuhou-suanzhang]
    分局最后采纳了你的意见。打人的三个人依法受到了治安处罚，代表们照常出车。
* {violence_handling != "targeted" and violence_handling != "recorded" and not evidence_group} [不同意：代表依法反映诉求，不能秋后算账；打人的事，回头再想办法调查 # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    代表们没有被追究。可打孙师傅的人是谁，现场没有留下证据，案子一直没有结果。
* [建议由分局和交通运输局一起与代表座谈，感谢他们配合，听取他们对整改的意见，并请他们参加运价听证会 # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    座谈会上，汪师傅说：“我们原来以为会被秋后算账。”分局的同志说：“依法反映诉求，不追究。”
* [不同意，并把理由写成书面意见报分局：代表没有可认定的违法行为，传唤没有法律依据，只会让司机们以后不敢再推代表 # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    书面意见报上去以后，提议没有再被提起。
* [不表态，交给分局决定]
    分局讨论了几次，最后没有追究代表。可司机们听说有人提过要“算账”，心里一直不踏实。
* [同意：以组织非法聚集为由传唤五名代表 # isolate: target=representatives # mark: reprisal # breaks: bu-qiuhou-suanzhang]
    ~ reprisal = true
    五名代表被先后传唤。消息在司机群里传开，没人再愿意出来当代表。
- -> phase5_commitments

=== phase5_commitments ===
油补、运价、黑车、工伤保险，这几件事怎么跟进？ # dp: p5-commitments
* [建议把每项承诺列入督办清单，写明责任单位和完成日期，并在官方账号定期续报进展 # mark: commitments-logged # release: channel=official content=measures,nextUpdate]
    ~ commitments_logged = true
    市政府督查室把油补发放、黑车整治和运价听证列进了督办清单，每一项都写明了责任单位和完成日期。
* [请市政府督查室牵头，把油补、黑车整治和运价听证逐项写明责任人和时限，公安负责黑车整治中的执法配合 # mark: commitments-logged]
    ~ commitments_logged = true
    督查室的清单上，每一项后面都写着一个名字和一个日期。
* [承诺由各部门自己落实，公安不再过问]
    承诺写在会议纪要里，没有人再去翻它。
- -> phase5_revisit

=== phase5_revisit ===
回访怎么安排？ # dp: p5-revisit
* [一个月内回访五名代表和被打的孙师傅，并请发改局公开运价听证会的时间和参加办法 # mark: revisit]
    一个月后，发改局发布公告，出租车运价调整听证会定在三月初举行，起步价、夜间加价和油价联动都列入了议题。
* [请社区民警和运管处定期到出租车公司走访，听取司机对整改的意见，一个月后向代表反馈 # mark: revisit]
    社区民警把几家出租车公司列进了走访计划。
* [事情已经平息，不必回访]
    代表们再也没有接到过任何人的电话。
- -> phase5_review

=== phase5_review ===
事件处置的总结怎么做？ # dp: p5-review
* [组织公安、交通、发改、人社、信访、宣传各方复盘，形成评估报告，修订预案，把出租车行业纠纷列入矛盾排查清单 # mark: review]
    复盘会上，大家把当天的每一个决定都过了一遍。预案里加上了一条：出租车行业的诉求，先由交通运管部门约谈。
* [召开复盘会，逐个环节回看当天的视频和记录，写出经验教训，提出修订预案的具体条款 # mark: review]
    复盘会开了一个下午。修订预案的建议有七条，第一条是：出租车行业的诉求，要在到政府门口之前就有人接。
* [内部简单总结一下就行]
    总结写了两页纸，归了档。
- -> phase5_outcome

=== phase5_outcome ===
{
- reprisal:
    -> ending_reprisal_repeat
- police_promise or gov_commitment == "overpromise":
    -> ending_second_wave
- gov_commitment != "credible" and not commitments_logged:
    -> ending_second_wave
- not released_final and rumor() > 25:
    -> ending_second_wave
- escalated_once or phones_seized or harsh_count > 1 or injuries() > 0:
    -> ending_resolved_cost
- legitimacy() < 72:
    -> ending_resolved_cost
- else:
    -> ending_resolved
}
