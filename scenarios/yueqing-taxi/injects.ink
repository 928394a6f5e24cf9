// 人群插入事件（由 scenario.json 的 injects 触发）。以 -> DONE 结束时回到被打断的选择；也可以进入结局。

=== inject_tension_high ===
人群突然往大门口涌，前排的司机拍着铁门喊：“叫市长出来！”林师傅站到了最前面。
提示：情绪顶上来的时候，先降温：现场负责人出面，说清楚正在做什么、什么时候有结果。 # hint
你怎么应对？ # dp: i-tension-high
* [你走到人群前，摘下帽子，用喊话器说明政府正在安排对话、什么时候有结果，请大家往后站一站 # speak: tone=empathetic # release: channel=loudspeaker content=facts,nextUpdate]
    前排的人停了下来。后面有人喊：“那你说话要算数！”
    -> DONE
* [命令警戒线顶住，把人往广场里压回去 # deploy: posture=cordon count=20 zone=gate # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    警戒线顶了上去，前排的人被挤得喘不过气。
    -> DONE
* [先不动，观察一下]
    人群在门口挤了一阵，喊声没有停。
    -> DONE

=== inject_rumour_viral ===
信息组报告：网上有条消息转疯了，“警察打人，抓了几十个司机”，配着一段看不清的视频。
你怎么应对？ # dp: i-rumour-viral
* [在官方账号发布事实，澄清被传唤的人数和原因，写明下一次通报的时间 # release: channel=official content=facts,rebuttal,nextUpdate # mark: official-release # honours: diyi-shijian-fabu]
    澄清发出后，转发里开始有人贴官方的通报。
    -> DONE
* [联系平台把帖子删掉 # mark: rumour-threat]
    帖子删了一条，又冒出来十条：“连帖子都删，肯定有事。”
    -> DONE
* [暂不理会，等事情处理完再说]
    消息继续在转。
    -> DONE

=== inject_crush_risk ===
秩序组在电台里喊：“大门口太挤了，前面的人被压在门上，有人喘不过气！”
你怎么处置？ # dp: i-crush-risk
* [立即撤开警戒线、打开大门两侧和路口的出口，停止一切推进，喊话让外围的人往后疏散 # withdraw: count=40 posture=cordon # setPosture: to=uniform from=riot # mark: stop-force # honours: kesan-buneju]
    ~ kettled = false
    出口一开，人流慢慢松开了。几个被挤伤的人被扶到了路边。
    -> DONE
* [警戒线顶住不退，命令后面的人自己往后退]
    -> ending_crush

=== inject_violence ===
有人开始砸停在路边的车，矿泉水瓶和石块朝民警飞来。
你怎么处置？ # dp: i-violence
* [喊话警告，让防暴队后撤，只由抓捕小组对砸车、投掷的人依法带离并录像取证，其余人不动 # warn: basis=人民警察法第8条 # withdraw: count=40 posture=riot # arrest: mode=targeted # evidence: violence # mark: targeted-action # mark: evidence-violence # honours: yifa-guoduan]
    几个动手的人被带离，其他司机往后退开了。
    -> DONE
* [喊话警告后，命令全线推进，把人群全部驱散 # warn: basis=人民警察使用警械和武器条例第7条 # disperse: ticks=20 # mark: mass-action # breaks: sanshen]
    民警排成一线往前推，人群一边后退一边往回扔东西。 # wait: 3
    -> inject_violence_after_force
* [撤回警力，等他们自己冷静下来 # withdraw: count=40]
    民警退到了大院里。砸车的声音又响了一阵。
    -> DONE

=== inject_violence_after_force ===
{
- kettled and safety() > 40:
    -> ending_crush
- violence() > 10:
    -> ending_escalated
- else:
    人群被冲散了一部分，剩下的人骂声不断。
    -> DONE
}

=== inject_transport_arrives ===
交通运输局的陈局长带着运管处的两个人赶到了。 # speaker: transport-chen
“情况我在路上听说了。油补的事，是我们的工作没跟上。代表在哪儿？我去跟他们谈。” # speaker: transport-chen
-> DONE

=== inject_leader_arrives ===
分管副市长周副市长到了现场。 # speaker: vice-mayor-zhou
“现场情况怎么样？我能做什么？” # speaker: vice-mayor-zhou
你怎么向周副市长汇报？ # dp: i-leader-briefing
* [如实汇报：人数、诉求、打人事件的处置和目前的风险；建议由他当面听取代表的诉求，公安负责秩序 # honours: xianchang-diyi]
    周副市长点点头：“那就谈。你们把秩序守好。”
    -> DONE
* [建议领导先别露面，免得被司机围住 # breaks: xianchang-diyi]
    周副市长犹豫了一下，留在了楼里。司机们不知道有领导来过。
    -> DONE

=== inject_ambulance_arrives ===
120救护车到了，停在广场东侧待命。随车医生问：“有没有伤员需要处理？”
-> DONE
