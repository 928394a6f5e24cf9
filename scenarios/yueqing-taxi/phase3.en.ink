// Phase 3: dialogue (Y4 representatives and promises, Y5 waiting outside and rumours, the journalist, the government's answer, pressure to remove the representatives)

=== phase3_start ===
There are now about {crowd()} drivers on the square, all talking at once and shouting to see the mayor. # phase: 3
{ deployed("riot") > 0:
    -> phase3_riot_presence
}
-> phase3_representatives

=== phase3_riot_presence ===
"With a riot squad at the gate, who'd dare go in and talk? Would they ever come out again?" # speaker: rep-zheng
"Officer, move those men in helmets back a bit, and I'll get everyone to choose representatives." # speaker: rep-wang
What do you do with the riot squad? # dp: p3-riot-presence
* [Have the riot squad take off their helmets and withdraw into the compound on standby, leaving only regular officers at the gate # withdraw: count=40 posture=riot # mark: posture-graded # honours: keshun-bukeji]
    The riot squad withdraws into the compound. Master Wang breathes a sigh of relief and goes off to talk to people about representatives.
* [Have the riot squad take off their helmets where they stand and switch to regular duty # setPosture: to=uniform from=riot # mark: posture-graded]
    The officers take off their helmets and lean their shields against the wall. Master Zheng looks them over and says nothing more.
* [Leave the riot squad where it is and tell them that police deployment is none of the drivers' business # speak: tone=harsh # mark: threat]
    ~ harsh_count += 1
    ~ reps_refused = true
    Master Zheng sneers: "Then you can talk to yourselves."
- -> phase3_representatives

=== phase3_representatives ===
{ reps_refused:
    Master Wang shakes his head and goes back into the crowd. Nobody is willing to step forward as a representative.
}
The drivers are all shouting, and no one can hear anyone.
Tip: when many people raise demands together, they choose no more than five representatives. Separate the demands from the place: the representatives go inside to talk while the others wait somewhere safe. # hint
How do you organise the dialogue? # dp: y4-representatives # rationale: representatives
* [Ask the drivers to choose no more than five representatives to present their demands face to face in the city government reception room; the other drivers wait on the square, with an update every half hour # mark: reps-mechanism # honours: daibiao-wuren]
    { deployed("riot") > 0 or reps_refused:
        The drivers hesitate for a long time before anyone steps forward. # wait: 15
    }
* [Ask the Letters and Visits Bureau and sub-district officials to help the drivers choose representatives, no more than five, while the others wait for news on the square # mark: reps-mechanism # mark: community # honours: daibiao-wuren]
    { deployed("riot") > 0 or reps_refused:
        The drivers hesitate for a long time before anyone steps forward. # wait: 20
    }
* [Open the compound and let all the drivers come into the yard to talk together # mark: reps-none # breaks: daibiao-wuren # inject: kind=shock group=participants dE=0.05]
    Several hundred people pour into the compound, and whoever speaks is interrupted. After half an hour nothing has been settled. The city leaders tell you to organise talks with representatives at once. # wait: 30
* [Tell the drivers this is not the place to solve problems and they should go back and petition level by level through the proper channels # speak: tone=neutral # mark: dialogue-refused # breaks: xianchang-diyi]
    "We are petitioning!" The drivers surround you and will not leave. After a while the command centre passes on the city leaders' instruction: organise talks with representatives at once. # wait: 25
- -> phase3_reps_named

=== phase3_reps_named ===
In the end five men step forward: Master Wang, Master Zheng and three veteran drivers who have driven for more than ten years. # wait: 10
{ not hothead_removed:
    Master Lin tries to push his way in among the representatives too, but other drivers stop him: "If you go, you'll just pick a fight."
}
-> phase3_followup_report

=== phase3_followup_report ===
{ violence_handling == "targeted":
    Things have changed: a driver was beaten, three people have been summoned, and representatives have been chosen.
- else:
    Things have changed: a driver was beaten, and representatives have been chosen.
}
Do you send a follow-up report to the command centre? # dp: p3-followup-report
* [Send a follow-up report to the command centre: the injury and the summonses, numbers on scene and the trend, the representatives chosen, the arrangements for talks and recommendations for next steps # report: kind=followUp level=IV fields=count,casualties,trend,measures,next # mark: followup-report]
    "Follow-up received. The city leaders have been told." # speaker: command-center
* [Nothing much has changed; no follow-up report needed]
    At the other end of the radio, the command centre still thinks there are only forty cars on the scene.
- -> phase3_chair

=== phase3_chair ===
Who will talk to the representatives? # dp: p3-chair
-> options

= options
+ {arrived("cityGov")} [Ask Vice Mayor Zhou to chair, with the heads of the Transport Bureau, the Development and Reform Bureau, Human Resources and Social Security and other departments taking part; the police are responsible only for order and safety at the meeting # meetRepresentatives # mark: refer-substance # honours: dangwei-zhengfu-zhudao]
    -> phase3_meeting_gov
+ {not arrived("cityGov") and arrived("transport")} [Ask Director Chen of the Transport Bureau, who is already here, to chair, with other departments joining when they arrive; the police are responsible only for order and safety # meetRepresentatives # mark: refer-substance # honours: dangwei-zhengfu-zhudao]
    -> phase3_meeting_gov
+ {not called_transport} [Call the head of the Transport Bureau to come at once, and meanwhile invite the representatives to wait in the reception room over a cup of hot tea # callDepartment: transport # wait: 10]
    ~ called_transport = true
    -> waiting
+ {not called_city} [Ask the city duty office to inform the vice mayor in charge and ask him to come and chair the talks # callDepartment: cityGov # wait: 5]
    ~ called_city = true
    -> waiting
+ {called_transport and not arrived("transport") and not arrived("cityGov")} [Wait a little longer and keep the representatives company in the reception room # wait: 15]
    -> waiting
+ [Talk to the representatives yourself, to keep them steady for now # meetRepresentatives # mark: police-negotiate # breaks: dangwei-zhengfu-zhudao]
    ~ police_chair = true
    -> phase3_meeting_police

= waiting
{ sceneMinutes() >= 190:
    -> ending_timeout
}
The representatives wait in the reception room; the drivers on the square wait in the cold wind.
Still nobody who can make decisions has arrived. What next?
-> options

=== phase3_meeting_gov ===
{
- arrived("cityGov") and arrived("transport"):
    In the reception room the representatives sit down. Vice Mayor Zhou sits in the middle, with Director Chen of the Transport Bureau beside him. # wait: 30
- arrived("cityGov"):
    In the reception room the representatives sit down. Vice Mayor Zhou sits in the middle; the Transport Bureau people are still on their way. # wait: 30
- else:
    In the reception room the representatives sit down. Director Chen of the Transport Bureau sits in the middle and takes out a notebook. # wait: 30
}
{
- legitimacy() < 68:
    "Last time you also said you'd look into it, and you're still looking. This time we want it in black and white." # speaker: rep-zheng
- else:
    "Sir, we came today just to say things plainly." # speaker: rep-wang
}
Master Wang goes through the fuel subsidy, the flag fare, the unlicensed cabs and the work-injury insurance point by point, and Master Zheng adds the sums on the monthly fee.
{ arrived("transport"):
    "On the fuel subsidy, our work fell short," says Director Chen, taking notes as he listens. # speaker: transport-chen
- else:
    "I've written down everything you said," says Vice Mayor Zhou, taking notes as he listens. # speaker: vice-mayor-zhou
}
-> phase3_promise

=== phase3_meeting_police ===
You show the representatives into the reception room and sit down opposite them. They talk for half an hour, and all you can do is write it down point by point. # wait: 30
"Officer, you can't decide anything, so what's the use of talking to you?" # speaker: rep-zheng
-> phase3_promise

=== phase3_promise ===
Master Zheng turns to you: "Officer, give us a straight answer: when will the fuel subsidy be paid? Say it, and we'll go straight out and tell everyone to go home." # speaker: rep-zheng
Tip: no improvised promises. The responsible department answers on the substance; the police make sure the demands are passed on in full and say when the answer will come. # hint
How do you answer? # dp: y4-promise
* [Answer: how and when the fuel subsidy is paid is for the Transport Bureau and the finance department to answer; I'll pass on every one of your demands and ask them to give a specific date today # mark: no-police-promise # honours: buzhun-chengnuo]
    Master Zheng stares at you for a few seconds: "All right, we'll wait for their word."
* {not police_chair} [Answer: I can't decide this, but the people who can are right here, and I'll ask them now to answer you face to face # mark: no-police-promise # honours: buzhun-chengnuo]
    Master Zheng turns his eyes to the other end of the table.
* [Answer: I promise you the fuel subsidy will be paid in full next week # commit: credible=false remedy=0.5 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    The representatives exchange glances. Master Wang asks: "Is that you saying it, or the government?"
* [Answer: that's not a police matter; take it up with the government # speak: tone=neutral # mark: cold-reply]
    Master Zheng slaps the table: "The government is exactly who we came to see, and you're the ones keeping us outside!"
- -> phase3_outside

=== phase3_outside ===
Outside the reception room, over a hundred drivers wait in the cold wind. Someone starts shouting: "They've been in there for ages. Why is there no news at all?"
What do you arrange for the drivers waiting outside? # dp: y5-outside
* [Give an update over the loudspeaker every half hour, with one representative coming out to explain; provide hot water, and have traffic police guide the cars to a temporary parking area by the road to clear the main lanes # release: channel=loudspeaker content=facts,measures,nextUpdate # mark: updates-regular # mark: vulnerable-care # honours: keshu-budu # wait: 20]
    ~ updates_regular = true
    Master Zheng comes out and says a few words; people cradle cups of hot water, and some move their cars to the side of the road.
* [Have sub-district officials and plain-clothes officers work one to one among the waiting drivers and hand out hot water, with an update on the talks every half hour # release: channel=loudspeaker content=facts,nextUpdate # mark: updates-regular # mark: community # mark: vulnerable-care # honours: keshu-budu # wait: 20]
    ~ updates_regular = true
    Several veteran drivers gather round the sub-district officials, drinking hot water and talking about their families' hardships.
* [Put a cordon round the waiting drivers on the square so that nobody rushes the compound # deploy: posture=cordon count=40 zone=square # mark: kettle # breaks: kesan-buneju # wait: 20]
    ~ kettled = true
    As the cordon closes, the people on the square are crushed together, and those at the back keep pushing forward.
* [Let them wait; there will be news when the talks produce a result # mark: silence # wait: 20]
    Nobody on the square knows what is being discussed inside, and one guess follows another.
- -> phase3_rumour_check

=== phase3_rumour_check ===
{
- updates_regular and rumor() < 20:
    Someone on the square mutters that the representatives may have been detained, but Master Zheng has just been out to speak, so the story does not spread.
    -> phase3_journalist
- else:
    -> phase3_rumour_reps
}

=== phase3_rumour_reps ===
Suddenly a story spreads across the square: "The representatives have been detained; whoever goes in doesn't come out!" Dozens of drivers surge towards the gate. # inject: kind=rumor content=blaming importance=0.7 spreaders=8
How do you respond? # dp: p3-rumour-reps
* [Ask Master Wang to come out and explain to everyone in person, then invite two drivers into the reception room to see for themselves # release: channel=loudspeaker content=facts,rebuttal # mark: reps-inspect # honours: diyi-shijian-fabu]
    The two drivers go in, look around and come out to tell everyone: "They're all fine, they're talking." The people at the gate slowly move back.
* [Ask Master Zheng to live-stream the talks in the reception room on his own phone, so the drivers on the square can see the representatives talking # release: channel=live content=facts,rebuttal # mark: reps-inspect # honours: diyi-shijian-fabu]
    Master Zheng pans his phone round the room, and the drivers on the square crowd round the screen: the representatives are sitting at the table with cups of tea in front of them.
* [Give a stern warning over the loudspeaker: anyone spreading rumours will be dealt with according to law # speak: tone=harsh # mark: rumour-threat]
    ~ harsh_count += 1
    "Then let the representatives come out!" The shouting grows louder.
* {harsh_count > 1 or phones_seized or framing != "petition"} [Confiscate the phones of the drivers leading the spread of the rumour # redLine: R6 # breaks: bu-feng-wang]
    ~ phones_seized = true
    The phones are taken, and the story that "the police grab phones and hold the representatives" spreads even faster.
- -> phase3_journalist

=== phase3_journalist ===
A young woman reporter comes up to you and shows her press card.
"I hear a driver was beaten and the police have arrested people. Is that true? How does the government intend to resolve this?" # speaker: journalist-su
How do you answer? # dp: p3-journalist
* [Set out the facts established so far and the measures being taken, explain that government departments are meeting the drivers' representatives face to face, and tell her when the next update will come # release: channel=press content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    { violence_handling == "targeted":
        You tell her: a driver was beaten and has been taken to hospital; three people suspected of assault and of stopping vehicles have been lawfully summoned; government departments are hearing the other drivers' demands.
    - else:
        You tell her: a driver was beaten and has been taken to hospital, and the police are investigating; government departments are hearing the other drivers' demands.
    }
* [Invite her to the command post, where the Publicity Department will brief her on the situation, and tell her when the next update will come # release: channel=press content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    The Publicity Department official goes through the verified facts, and she notes the time of the next update.
* [Answer: no comment; please refer to the official notice # mark: no-comment # breaks: kuaibao-shishi]
    She writes in her notebook: "Police declined to comment."
* [Have officers ask her to leave the scene and forbid filming # mark: media-blocked # breaks: kuaibao-shishi # inject: kind=contradiction]
    She is escorted out of the cordoned area. An hour later a post appears online: "Reporter covering taxi stoppage driven away by police".
- -> phase3_offer

=== phase3_offer ===
{
- police_chair and not arrived("cityGov") and not arrived("transport"):
    -> phase3_offer_police
- arrived("cityGov"):
    The talks have gone on for over an hour. Vice Mayor Zhou calls you out into the corridor: "You police are on the front line and see things clearly. What answer today would be the safest?" # speaker: vice-mayor-zhou # wait: 20
- else:
    The talks have gone on for over an hour. Director Chen calls you out into the corridor: "You police are on the front line and see things clearly. What answer today would be the safest?" # speaker: transport-chen # wait: 20
}
Tip: resolve reasonable demands with determination; don't give in to unreasonable ones, but defuse them patiently. Commitments must be specific, have a deadline and come from a department that has the power to keep them. # hint
What do you advise the government? # dp: p3-offer # rationale: offer
* [Advise: set a payment date and a responsible unit for the fuel subsidy; tackle unlicensed cabs jointly through transport and police; put any fare change through a lawful price hearing; explain patiently on unreasonable demands; and have the government admit its failings face to face # commit: credible=true remedy=0.6 # apologize # mark: credible-commitment # mark: official-apology # honours: fansi-zize]
    ~ gov_commitment = "credible"
    "The fuel subsidy has gone unpaid for half a year; our work fell short, and I apologise to you all." In front of the representatives, the leader writes the payment date and the responsible unit into the minutes.
* [Advise settling first what can be settled: write the fuel subsidy payment date and responsible unit into the minutes, and give a deadline for studying fares and unlicensed cabs and a date for the next answer # commit: credible=true remedy=0.5 # mark: credible-commitment # honours: buzhun-chengnuo]
    ~ gov_commitment = "credible"
    The fuel subsidy payment date goes into the minutes. On fares and unlicensed cabs, a further answer is promised within two weeks.
* [Advise agreeing to all the demands for now, including announcing a higher flag fare on the spot, to get people to leave # commit: credible=false remedy=0.8 # mark: empty-promise # breaks: buzhun-chengnuo]
    ~ gov_commitment = "overpromise"
    The representatives are taken aback: "The flag fare can go up just like that? No hearing?" But nobody asks any more.
* [Advise only stating that the matter will be studied seriously, with no timetable # commit: credible=false remedy=0.2 # mark: vague-reply]
    ~ gov_commitment = "vague"
    "Study it, study it, always study it," Master Zheng mutters. # speaker: rep-zheng
- -> phase3_offer_reaction

=== phase3_offer_police ===
The representatives want an answer, but nobody present can make a decision.
What do you do? # dp: p3-offer-police
* [Tell the representatives honestly that the police have no power to answer on the substance, that the vice mayor in charge and the head of the Transport Bureau have been asked to come at once, and that they will answer in person when they arrive # mark: refer-substance # wait: 30]
    { not called_city:
        ~ called_city = true
        The city duty office takes the call and reports straight to the vice mayor in charge. # callDepartment: cityGov
    }
    { arrived("cityGov") or arrived("transport"):
        ~ gov_commitment = "credible"
        The government people arrive at last. They hear out the representatives' demands, set a date and a responsible unit for the fuel subsidy on the spot, and agree that any fare change will go through a price hearing. # commit: credible=true remedy=0.5
    - else:
        After twenty minutes the government people are still on their way. The representatives go back to the square with nothing but your word that someone is coming.
    }
* [Agree to it in your own name for now: the fuel subsidy will be paid next week and the flag fare will go up # commit: credible=false remedy=0.6 # mark: police-promise # breaks: buzhun-chengnuo]
    ~ police_promise = true
    The representatives nod, half believing.
- -> phase3_offer_reaction

=== phase3_offer_reaction ===
{
- legitimacy() >= 75:
    The representatives confer quietly for a while, and Master Wang nods: "We'll go out and tell everyone."
- else:
    "Fine words, but who knows if you're fobbing us off again?" Master Zheng pushes the minutes back across the table. # speaker: rep-zheng
}
-> phase3_hardliner

=== phase3_hardliner ===
{ framing == "petition" and harsh_count == 0 and tension() < 72:
    -> phase4_start
}
A sub-bureau leader phones: "Those representatives are obviously the ringleaders. Once the talks are over, take them into custody; without leaders the crowd will break up by itself." # speaker: bureau-leader
Tip: before removing anyone, check each person: is there an identifiable offence? Were they dissuaded, warned, and was it recorded? Under which article? Is the action aimed only at that individual, and is this the right moment? Representatives are not ringleaders. # hint
How do you reply? # dp: p3-hardliner # rationale: removal
* [Refuse: the representatives are raising demands lawfully and have committed no offence, so they cannot be removed; only those who break the law and keep on after a warning will be dealt with according to law # mark: reps-protected # mark: keyactor-behaviour # honours: bu-qiuhou-suanzhang]
    There is a brief silence on the line: "Then it's on you to keep the scene steady."
* [Refer it to the sub-bureau's chief: the representatives have committed no offence, there is no legal basis for removing them and it would only inflame the conflict; recommend taking no action at all # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    The sub-bureau chief calls back: "I agree with you. Not one representative is to be touched."
* [Do as told: as soon as the talks end, put the five representatives into a police car # isolate: target=representatives # mark: reps-arrested # breaks: bu-qiuhou-suanzhang]
    ~ reps_arrested = true
    The five representatives have barely left the reception room when officers put them into a police car. Every driver on the square sees it.
* {not hothead_removed} [Warn only Master Lin, who is inciting people and stopping cars at the gate, once more; if he still doesn't stop, remove him lawfully, and leave the representatives and other drivers alone # warn: basis=治安管理处罚法第23条 # isolate: target=agitators # evidence: keyActors # mark: keyactor-behaviour # mark: targeted-action # mark: evidence-warning # mark: stop-force # honours: qiege]
    ~ hothead_removed = true
    Master Lin hears the warning and goes on stopping cars, so he is lawfully removed. The representatives glance over and say nothing.
- -> phase4_start
