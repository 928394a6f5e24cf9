// Phase 4: calming/escalation (announcing the result, orderly departure or holdouts blocking the road, handling escalation, Y6 public statement, final report)

=== phase4_start ===
The talks are over. # phase: 4
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
The result of the talks has to be announced to the drivers on the square.
How is it announced? # dp: p4-announce
* {arrived("cityGov")} [Ask Vice Mayor Zhou to walk out of the gate with the representatives and announce it to the drivers in person, streamed live on the official account # speak: tone=empathetic # broadcast: on=true # release: channel=live content=facts,measures,attitude,nextUpdate # mark: official-release # honours: xianchang-diyi]
    Vice Mayor Zhou steps up onto the steps with Master Wang beside him. The drivers on the square fall silent, every phone camera trained on them. # wait: 10
* [Ask the representatives to come out and relay the result to everyone over the loudspeaker # release: channel=loudspeaker content=facts,measures,nextUpdate]
    Master Wang takes the loudspeaker and reads out the minutes point by point. # wait: 10
* [Put up a written notice at the gate stating the result of the talks # release: channel=loudspeaker content=facts transparency=0.3]
    People crowd round the notice; those at the back can't see it and have to rely on what those in front tell them. # wait: 10
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
The drivers drift back to their cars, and some start their engines.
How do you organise the departure? # dp: p4-departure
* [Have traffic police guide the cars out in batches and open every exit; officers step back to the roadside and take off their helmets # setPosture: to=uniform from=cordon # setPosture: to=uniform from=riot # mark: stop-force # honours: kesan-buneju]
    One taxi after another drives out of the square, and the main road reopens. # wait: 15
    -> phase4_release
* [Ask the representatives to lead the way by driving off first, with traffic police letting cars through at every junction and officers neither hurrying nor chasing anyone # mark: stop-force # honours: keshun-bukeji]
    Master Wang is the first to start his car. The others follow one by one out of the square. # wait: 15
    -> phase4_release
* [Issue an ultimatum: all vehicles are to leave within ten minutes or they will be towed # speak: tone=harsh # mark: ultimatum]
    ~ harsh_count += 1
    A driver swears and deliberately switches off his engine. The cars still drift away, only more slowly than expected. # wait: 20
    -> phase4_release
* {framing != "petition" or harsh_count > 1} [Now that there are fewer people, clear the area by force and get the traffic moving as soon as possible # disperse: ticks=10 # mark: mass-action # breaks: sanshen]
    Officers push the drivers who are not yet in their cars towards the exits, and someone falls. # wait: 2
    -> check_force_outcome ->
    The crowd disperses, but many drivers leave cursing. # wait: 10
    -> phase4_release

=== phase4_holdouts ===
{ sceneMinutes() >= 200:
    -> ending_timeout
}
{ hothead_removed:
    Twenty or thirty drivers still refuse to leave, and a few young drivers have parked their cars across the main road, blocking the lanes.
- else:
    Twenty or thirty drivers still refuse to leave, and Master Lin and a few others have parked their cars across the main road, blocking the lanes.
}
How do you deal with the drivers who won't leave? # dp: p4-holdouts
* [Have the representatives, men from their home towns and sub-district officials persuade them together; if that fails, give a public lawful warning and record everything; remove lawfully anyone who still refuses to move a car blocking the road, and keep persuading the rest # warn: basis=治安管理处罚法第23条 # evidence: keyActors # isolate: target=agitators # mark: targeted-action # mark: community # mark: legal-basis # mark: evidence-warning # mark: stop-force # honours: yifa-guoduan]
    Master Wang and a few men from his home town spend a long time talking, and most drive away. Two who still block the road with their cars after the warning are lawfully removed. # wait: 15
    -> check_force_outcome ->
    The main road reopens.
    -> phase4_release
* {deployed("riot") > 0 or harsh_count > 1 or framing != "petition"} [After a warning over the loudspeaker, forcibly take away everyone who is left # warn: basis=治安管理处罚法第23条 # disperse: zone=road ticks=15 # mark: mass-action # breaks: sanshen]
    Officers rush onto the main road and drag the drivers out one by one. # wait: 2
    -> check_force_outcome ->
    The main road is open, but onlookers by the road have filmed the whole thing. # wait: 10
    -> phase4_release
+ [Wait a little longer and keep persuading them patiently # speak: tone=empathetic # wait: 30]
    -> phase4_holdouts_recheck

=== phase4_holdouts_recheck ===
{
- sceneMinutes() >= 180 and (tension() >= 64 or legitimacy() < 70):
    -> ending_timeout
- tension() < 64 and legitimacy() >= 70:
    One by one, the remaining drivers finally drive away.
    -> phase4_release
- else:
    Another half hour passes, and not one of the cars blocking the road has moved.
    -> phase4_holdouts
}

// Tunnel: after force is used, check the crowd's reaction. Leave on a crush or escalation, otherwise return.
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
    News that the representatives have been put into a police car sweeps across the square at once. # inject: kind=shock group=core dE=0.15 dL=-0.05
}
The crowd surges towards the gate, shoving and swearing; someone throws water bottles at the officers, and a police car's window is smashed. # phase: 4
Tip: stop the violence first, then do the persuading. Site control needs approval from the higher public security organ and the government at the same level; police equipment may only be used after a warning, only against those committing violence, and must stop when the violence stops; always keep the exits open. # hint
How do you respond? # dp: p4-escalation # rationale: escalation
* [Seek approval from above for site control; give a warning over the loudspeaker and lawfully remove those smashing cars and throwing things, recording evidence; at the same time pull the riot squad back, lift the cordons, open the exits and stop advancing # requestApproval: control # warn: basis=人民警察法第17条 # arrest: mode=targeted # evidence: violence # withdraw: count=40 posture=riot # withdraw: count=40 posture=cordon # mark: targeted-action # mark: legal-basis # mark: evidence-violence # mark: stop-force # honours: yifa-guoduan]
    ~ kettled = false
    Several people who smashed cars are removed. Once the exits open, people on the edges start to leave. # wait: 10
* [After a warning over the loudspeaker, order the riot squad to advance along the whole line to clear the area and arrest anyone in reach # warn: basis=人民警察使用警械和武器条例第7条 # deploy: posture=riot count=40 zone=square # disperse: ticks=30 # arrest: mode=any # mark: mass-action # breaks: sanshen]
    The riot squad pushes forward in a line, batons rising and falling, amid a continuous wave of cries and screams. # wait: 3
* [Withdraw all officers to avoid a head-on clash # withdraw: count=150]
    All the officers withdraw into the compound. With no police on the square, someone smashes several more cars parked by the road. # wait: 10
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
"Release the representatives! Release the representatives!" The chant on the square grows louder and louder.
What do you do? # dp: p4-reps-release
* [Release the representatives at once, ask a government leader to apologise to everyone in person, and resume the talks # apologize # mark: official-apology]
    Only when the five representatives are back on the square does the crowd's anger slowly subside. # wait: 10
    -> phase4_recover
* [Refuse to release them and carry on clearing the area]
    { tension() > 60 or violence() > 5:
        -> ending_escalated
    }
    The drivers on the square leave, cursing, and nobody mentions the fuel subsidy again. # wait: 5
    ~ reprisal = true
    -> phase4_release

=== phase4_recover ===
At last the situation is under control.
{ gov_commitment == "none" and not police_promise:
    -> phase4_recover_talks
}
-> phase4_release

=== phase4_recover_talks ===
The city leaders want the talks resumed at once. But so far nobody has formally answered the drivers' demands.
Who will answer them? # dp: p4-recover-talks
* [Ask a government leader to talk to the representatives, with the police responsible only for order # meetRepresentatives # mark: refer-substance # wait: 30]
    { arrived("cityGov") or arrived("transport"):
        ~ gov_commitment = "credible"
        The government leader talks with the representatives for half an hour and sets a date for paying the fuel subsidy and arrangements for a fare hearing. # commit: credible=true remedy=0.4
    - else:
        ~ gov_commitment = "vague"
        All that turns up is a junior clerk, who can only say he will report back to his superiors. # commit: credible=false remedy=0.2
    }
* [Agree to the drivers' demands yourself on the spot so that they go home for now # commit: credible=false remedy=0.6 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    The drivers disperse, only half convinced.
- -> phase4_release

=== phase4_release ===
Almost everyone has left the scene. The Publicity Department and you draft today's public statement. # wait: 10
Tip: facts fast, causes carefully, stress the attitude, keep updating. Name no one in the statement, pin no labels, and publish no one's personal details. # hint
How is the statement written? # dp: y6-release # rationale: release
* [Issue a joint statement the same day: what happened, how many were summoned and why, the government's commitments and timetable, and the time of the next update; no names, no labels # release: channel=official content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    ~ released_final = true
    The statement goes out that evening and is picked up by local media and news sites early the next morning.
* [Have the police post an incident notice on the official account that evening, stating the facts and the summonses; the next morning issue a joint statement with the government departments setting out the commitments and timetable # release: channel=official content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    ~ released_final = true
    The police notice goes out that evening. The next morning the government's joint statement sets out clearly the fuel subsidy payment date and the arrangements for the hearing.
* [Issue no statement and deal with it internally, so as not to widen the impact # mark: no-release]
    There is no official word of any kind.
* [Publish the names and ID numbers of those summoned in the statement, to look open and transparent # release: channel=official content=facts # redLine: R7 # mark: official-release]
    ~ released_final = true
    As soon as the statement is out, the personal details of those summoned are all over the internet, and their families' phones ring off the hook.
* [Say in the statement that the incident was incited by a small number of people with ulterior motives, and that the drivers used the stoppage to blackmail the government # release: channel=official content=cause # mark: official-release # mark: boilerplate-blame # breaks: kuaibao-shishi]
    ~ released_final = true
    The comments under the statement are all one way: "The fuel subsidy goes unpaid for half a year, and now that's blackmailing the government?"
- -> phase4_final_report

=== phase4_final_report ===
Today's toll on the scene: injured, {injuries()}; removed or summoned, {arrests()}. In addition, one driver was beaten and taken to hospital.
Make the final report to the command centre. What do you write? # dp: p4-final-report
* [A truthful final report: numbers involved, numbers injured and removed, how the incident was handled, the government's commitments and outstanding issues # report: kind=final level=IV fields=count,casualties,demands,measures,next # mark: final-report]
    "Final report received." # speaker: command-center
* [A truthful final report, with a list of the scene videos, injury records and summons statements attached for checking by higher levels # report: kind=final level=IV fields=count,casualties,demands,measures,next # mark: final-report]
    "Final report and attachments received." # speaker: command-center
* [A brief final report: numbers and how it was handled, with the rest to follow once the departments' material has been collated # report: kind=final level=IV fields=count,measures]
    "Received. Fill in the casualties and outstanding issues as soon as you can." # speaker: command-center
* {injuries() > 0 or escalated_once or violence_handling == "ignored" or violence_handling == "mass"} [Report fewer injuries than there were, and describe the scene as stable with nobody hurt # report: kind=final level=IV fields=count,measures # redLine: R5]
    "Received." The command centre asks no more questions. But videos from the scene are all over the internet. # speaker: command-center
- -> phase5_start
