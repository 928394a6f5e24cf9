// 第一阶段：预警/研判（Y1 初次接触、初报、Y2 定性、部门联动、警力审批）

=== phase1_briefing ===
2010年1月4日，星期一，早上七点四十分，乐清市。 # phase: 1
“110报警：市政府门口聚集了大量出租车，道路拥堵。请辖区派出所立即出警，先期处置，随时报告。” # speaker: command-center
你是辖区派出所所长，今天带班。你和三名民警开着一辆巡逻车，第一个赶到现场。
市政府大门前已经停了大约四十辆出租车，路上还有出租车陆续开过来，在车道上停下。
司机们三五成群，抽烟、打电话，有人举着写有“油补何时发”的纸板。没有人动手，但大门口和主路的车道已经被堵了一半。
提示：事件初起，先摸清情况、疏通交通、及时上报。到场第一句话决定了司机们怎么看警察，要可顺不可激。 # hint
-> phase1_first_contact

=== phase1_first_contact ===
你一下车，几十名司机就朝你围了过来。你先做什么？ # dp: y1-first-contact
* [让民警保持常规执勤姿态，你先问司机们出了什么事，同时安排两名民警到路口疏导车流 # speak: tone=neutral # deploy: posture=uniform count=4 zone=road # mark: first-contact-respectful # mark: posture-graded # honours: keshun-bukeji]
    -> phase1_listen
* [你一个人走过去，先请大家把车往路边靠一靠、让出一条车道，再坐下来听大家说 # speak: tone=empathetic # deploy: posture=uniform count=2 zone=road # mark: first-contact-respectful # mark: posture-graded # honours: keshun-bukeji]
    -> phase1_listen
* [拿起喊话器宣布：所有车辆十分钟内开走，否则一律拖车 # speak: tone=harsh # mark: ultimatum # breaks: keshun-bukeji]
    ~ harsh_count += 1
    -> phase1_ultimatum
* [留在车里观察，用电台要求特警带防暴装备增援 # mark: riot-early # breaks: sanshen]
    ~ riot_called = true
    -> phase1_observe

=== phase1_listen ===
“警官，我们不是来闹事的。去年下半年的油补到现在一分钱没发，起步价五块钱两公里，多少年没动过了。” # speaker: rep-wang
“黑车满大街跑，抢我们的生意。工伤保险还要我们自己掏钱，交强险也交了，这不是交两遍吗？” # speaker: rep-wang
“每个月份子钱交上去，剩下的钱养不活一家人。找公司没用，找运管也没人理，我们只好到政府门口来。” # speaker: rep-zheng
人群后面有人喊：“跟警察说有什么用！今天谁出车，就砸谁的车！” # speaker: hothead-lin
说话的人三十来岁，嗓门很大。旁边的司机告诉你，他姓林，在车队里说话很有分量。
-> phase1_rumour

=== phase1_ultimatum ===
人群里一阵哄笑和骂声。有人喊：“拖啊！你拖一个试试！” # speaker: hothead-lin
更多司机从车里下来，朝你围拢过来。
“看见没有？政府不管我们，就派警察来吓唬人！” # speaker: hothead-lin
“警官，我们是来反映问题的，不是来打架的。你先听我们说两句，行不行？” # speaker: rep-wang
{
- tension() > 68:
    你能感觉到，人群的情绪一下子顶了上来。
- else:
    气氛僵住了，没人挪车。
}
-> phase1_rumour

=== phase1_observe ===
你让民警都留在车里。司机们隔着车窗看着你们，有人拍下了警车停在路边不动的画面。 # wait: 5
特警支队回电：一个防暴中队正在集结，随后赶到。
一位五十来岁的司机敲了敲车窗。“警官，你们下来听听我们的事，行不行？去年下半年的油补到现在还没发。” # speaker: rep-wang
-> phase1_rumour

=== phase1_rumour ===
一名年轻司机把手机递到你面前：“群里都在传，今晚交通局要吊销今天停运司机的营运证，是真的吗？” # speaker: rep-zheng
你怎么回答？ # dp: p1-licence-rumour
* [如实回答并用喊话器向大家说明：公安到场是为了维护秩序、疏导交通，没有接到任何扣车、吊证的指令，大家的诉求会如实转达；同时请指挥中心在官方账号发布一条简短警情 # release: channel=loudspeaker content=facts,attitude,rebuttal # release: channel=official content=facts,measures,nextUpdate # mark: official-release # honours: diyi-shijian-fabu]
    你把话说完，人群安静了一些。有几个司机把手机收了起来。
* [说你马上去核实，并请指挥中心尽快在官方账号发布现场的权威信息 # speak: tone=neutral # release: channel=official content=facts,nextUpdate # mark: official-release]
    年轻司机将信将疑地点点头。十几分钟后，官方账号发了一条简短的警情。
* [说停运本来就违规，吊销营运证也是活该 # speak: tone=harsh # mark: threat # breaks: keshun-bukeji]
    ~ harsh_count += 1
    周围的司机一下子炸了锅。“听见没有，警察都说要吊证了！”
- -> phase1_report

=== phase1_report ===
“现场什么情况？请报告。” # speaker: command-center
你怎么向指挥中心报告？ # dp: p1-initial-report
* [按初报要素完整报告：接报时间和来源、地点、约四十辆出租车和一百余名司机、诉求是油补和运价等、暂无伤亡、车辆仍在增加、已采取的措施和建议；定为Ⅳ级，属敏感事件 # report: kind=initial level=IV fields=time,source,place,nature,count,casualties,demands,trend,measures,next]
    ~ report_sent = true
    “收到。情况清楚，继续报告。” # speaker: command-center
* [先电话简报地点、车辆数和事件性质，书面报告随后补 # report: kind=initial level=IV fields=time,place,count,nature]
    ~ report_sent = true
    “收到。诉求是什么？有没有伤人？有情况随时报。” # speaker: command-center
* [情况还没摸清，等弄明白了再报]
    ~ report_sent = false
    你把对讲机挂回腰上。指挥中心暂时不知道现场的规模和诉求。
* [报告出租车司机有组织罢运、围堵市政府，按Ⅱ级重大事件请求全面增援 # report: kind=initial level=II fields=place,count,nature # mark: over-report]
    ~ report_sent = true
    “Ⅱ级？现场有多少人？有没有暴力？”指挥中心追问了几句，你答不上来。 # speaker: command-center
- -> phase1_framing

=== phase1_framing ===
八点前，分局值班领导打来电话：“市领导在问，这件事怎么定性？你们现场什么意见？” # speaker: bureau-leader
提示：定性决定后面的一切。诉求是经济性的，矛盾在司机与行业、政府部门之间，要就事论事，不要先扣帽子。 # hint
你的研判意见是什么？ # dp: y2-framing # rationale: framing
* [建议按集体上访、行业利益诉求处理，属人民内部矛盾；由市委市政府牵头，请交通运管等主管部门到场对话，公安负责秩序和安全 # mark: frame-petition # honours: jiushi-lunshi # honours: dangwei-zhengfu-zhudao]
    ~ framing = "petition"
    “好，市里也是这个意思，不升级，当集体上访处理。你们守住秩序，别让事态扩大。” # speaker: bureau-leader
* [建议作为出租车行业的利益纠纷处理，不扣帽子；请交通运管部门牵头对话，信访局协助接待 # mark: frame-petition # honours: jiushi-lunshi]
    ~ framing = "petition"
    “行，就事论事。你们先把秩序守住。” # speaker: bureau-leader
* [定性为有组织的非法罢运，幕后有人操纵，建议调特警清场 # mark: frame-riot # breaks: jiushi-lunshi]
    ~ framing = "riot"
    分局领导沉默了几秒：“市领导的意思是不要升级，特警不进现场。你们先稳住。” # speaker: bureau-leader
* [定性为扰乱单位秩序的违法聚集，由公安按治安案件处理 # mark: frame-police-only # breaks: dangwei-zhengfu-zhudao]
    ~ framing = "police"
    “先别急着定案。诉求是冲着政府部门去的，光靠公安解决不了。” # speaker: bureau-leader
- -> phase1_departments

=== phase1_departments ===
你可以请指挥中心和市委市政府值班室通知有关部门到场。要通知哪些部门？ # dp: p1-departments
-> choose

= more
还要通知别的部门吗？
-> choose

= choose
* [请市委市政府值班室报告分管副市长，请他到现场 # callDepartment: cityGov # honours: xianchang-diyi]
    ~ called_city = true
    -> more
* [通知交通运输局和运管处负责人到场 # callDepartment: transport]
    ~ called_transport = true
    -> more
* [通知发改局派物价方面的负责人到场 # callDepartment: drc]
    -> more
* [通知人社局派社保方面的负责人到场 # callDepartment: hrss]
    -> more
* [通知信访局派人到场接待 # callDepartment: petition]
    -> more
* [通知宣传部和网信办，准备信息发布和舆情监测 # callDepartment: publicity]
    -> more
* [请120派一辆救护车到附近待命 # callDepartment: ambulance]
    -> more
* [通知街道和社区干部到场协助劝导 # callDepartment: street]
    -> more
* [请交警大队派人疏导周边交通 # callDepartment: traffic]
    -> more
+ [不再通知其他部门，集中处置现场]
    -> phase1_forces

=== phase1_forces ===
现场的司机已经过百，出租车还在增加，四名民警显然不够。
{ riot_called:
    特警防暴中队已经在集结。
}
你怎么安排警力？ # dp: p1-forces
* [向指挥中心报告警力需求，请求批准调派增援，以便衣联络民警和常规警力为主，特警在附近待命、不进现场 # requestApproval: deployment # honours: sanshen]
    ~ approval = true
    ~ riot_called = false
* [请求批准调派常规警力和交警增援，特警原地不动 # requestApproval: deployment # honours: sanshen]
    ~ approval = true
    ~ riot_called = false
* [不等批准，直接让特警防暴队开进现场 # mark: deploy-without-approval # mark: riot-early # breaks: sanshen]
    ~ riot_called = true
* [先不增援，靠现有警力维持 # mark: under-resourced]
    { riot_called:
        ~ riot_called = false
        “没有报批，特警不进现场。”指挥中心回复你。 # speaker: command-center
    }
- -> phase2_arrival
