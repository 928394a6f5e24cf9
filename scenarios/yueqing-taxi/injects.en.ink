// Crowd injects (triggered by the injects in scenario.json). Ending with -> DONE returns to the interrupted choice; an inject may also lead to an ending.

=== inject_tension_high ===
Suddenly the crowd surges towards the gate; drivers in the front row bang on the iron gate, shouting: "Get the mayor out here!" Master Lin is at the very front.
Tip: when emotions surge, cool things down first: the person in charge steps forward and says clearly what is being done and when there will be a result. # hint
How do you respond? # dp: i-tension-high
* [Walk to the front of the crowd, take off your cap and explain over the loudspeaker that the government is arranging talks and when there will be a result, and ask everyone to step back a little # speak: tone=empathetic # release: channel=loudspeaker content=facts,nextUpdate]
    The front row stops. Someone at the back shouts: "Then you'd better keep your word!"
    -> DONE
* [Order the cordon to hold firm and push the people back into the square # deploy: posture=cordon count=20 zone=gate # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    The cordon pushes forward, and the people in the front row are squeezed until they can hardly breathe.
    -> DONE
* [Do nothing for now and watch]
    The crowd jostles at the gate for a while, and the shouting does not stop.
    -> DONE

=== inject_rumour_viral ===
The information group reports that a message has gone viral online: "Police beat people and arrest dozens of drivers", with a blurry video attached.
How do you respond? # dp: i-rumour-viral
* [Post the facts on the official account, clarifying how many people were summoned and why, and stating when the next update will come # release: channel=official content=facts,rebuttal,nextUpdate # mark: official-release # honours: diyi-shijian-fabu]
    After the clarification goes out, people start posting the official notice in the shares.
    -> DONE
* [Contact the platforms to have the posts deleted # mark: rumour-threat]
    For every post deleted, ten more appear: "They're even deleting posts, so something must be up."
    -> DONE
* [Ignore it for now and deal with it after the incident is handled]
    The message keeps spreading.
    -> DONE

=== inject_crush_risk ===
The order group shouts over the radio: "It's too packed at the gate! The people in front are crushed against it, some can't breathe!"
How do you respond? # dp: i-crush-risk
* [Immediately lift the cordon, open the exits on both sides of the gate and at the junction, stop all advances, and tell the people on the edges over the loudspeaker to move back and disperse # withdraw: count=40 posture=cordon # setPosture: to=uniform from=riot # mark: stop-force # honours: kesan-buneju]
    ~ kettled = false
    As the exits open, the crowd slowly loosens. Several people hurt in the crush are helped to the roadside.
    -> DONE
* [Hold the cordon firm and order the people at the back to move back by themselves]
    -> ending_crush

=== inject_violence ===
Someone starts smashing cars parked by the road, and water bottles and stones fly at the officers.
How do you respond? # dp: i-violence
* [Give a warning over the loudspeaker, pull the riot squad back, and have only the arrest teams lawfully remove those smashing cars and throwing things, recording evidence; leave everyone else alone # warn: basis=人民警察法第8条 # withdraw: count=40 posture=riot # arrest: mode=targeted # evidence: violence # mark: targeted-action # mark: evidence-violence # honours: yifa-guoduan]
    The few who used violence are removed, and the other drivers step back.
    -> DONE
* [After a warning over the loudspeaker, order an advance along the whole line to disperse the entire crowd # warn: basis=人民警察使用警械和武器条例第7条 # disperse: ticks=20 # mark: mass-action # breaks: sanshen]
    The officers push forward in a line, and the crowd throws things back as it retreats. # wait: 3
    -> inject_violence_after_force
* [Withdraw the officers and wait for them to calm down by themselves # withdraw: count=40]
    The officers pull back into the compound. The sound of cars being smashed goes on for a while.
    -> DONE

=== inject_violence_after_force ===
{
- kettled and safety() > 40:
    -> ending_crush
- violence() > 10:
    -> ending_escalated
- else:
    Part of the crowd has been broken up; the rest keep up a stream of curses.
    -> DONE
}

=== inject_transport_arrives ===
Director Chen of the Transport Bureau arrives with two people from the taxi regulator. # speaker: transport-chen
"I heard what's happening on the way. On the fuel subsidy, our work fell short. Where are the representatives? I'll go and talk to them." # speaker: transport-chen
-> DONE

=== inject_leader_arrives ===
Vice Mayor Zhou, the vice mayor in charge, arrives on the scene. # speaker: vice-mayor-zhou
"What's the situation here? What can I do?" # speaker: vice-mayor-zhou
How do you brief Vice Mayor Zhou? # dp: i-leader-briefing
* [Brief him truthfully: the numbers, the demands, how the beating was handled and the current risks; recommend that he hear the representatives' demands in person while the police keep order # honours: xianchang-diyi]
    Vice Mayor Zhou nods: "Then let's talk. You keep order."
    -> DONE
* [Advise the leader not to show himself yet, so as not to be surrounded by drivers # breaks: xianchang-diyi]
    Vice Mayor Zhou hesitates and stays inside the building. The drivers never learn that a leader was there.
    -> DONE

=== inject_ambulance_arrives ===
The 120 ambulance arrives and waits on standby on the east side of the square. The doctor on board asks: "Are there any injured who need treatment?"
-> DONE
