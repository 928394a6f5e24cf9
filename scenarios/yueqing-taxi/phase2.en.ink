// Phase 2: arrival and control (deployment, command post, Y3 assault, key actors, onlookers, live streams, information release)

=== phase2_arrival ===
Reinforcements arrive one after another. # phase: 2 # wait: 10
{ approval:
    The command centre has approved your request: twenty plain-clothes liaison officers, thirty regular officers and a traffic police squadron arrive, with the SWAT squadron on standby two streets away.
}
{ riot_called:
    Thirty officers of the SWAT riot squad form up in front of the square in full helmets, shields and batons. Every driver's eyes turn to them. # deploy: posture=riot count=30 zone=square
}
{ not approval and not riot_called:
    The command centre still pulls sixteen officers from nearby stations and sends them over, but they arrive later than you hoped. # wait: 5 # deploy: posture=uniform count=16 zone=gate
}
How do you deploy the officers on scene? # dp: p2-deploy
* [Send the liaison officers among the drivers to talk and find out what is going on, have regular officers hold the gate and traffic police direct the main road, and keep lanes open for vehicles and pedestrians # deploy: posture=liaison count=16 zone=square # deploy: posture=uniform count=16 zone=gate # deploy: posture=uniform count=8 zone=road # mark: posture-graded # honours: sanshen # honours: kesan-buneju]
    The plain-clothes officers spread through the crowd, handing round cigarettes and chatting, and soon know what each group of drivers is thinking.
* [Have regular officers hold the gate and the junction first, traffic police direct the traffic, and the plain-clothes liaison officers go in in batches # deploy: posture=uniform count=16 zone=gate # deploy: posture=uniform count=8 zone=road # deploy: posture=liaison count=8 zone=square # mark: posture-graded # honours: sanshen]
    The officers stand in a line in front of the gate, without helmets. Several plain-clothes officers mingle with the crowd.
* [Put a cordon across the gate and another across the main road, enclosing the drivers and their cars, so that no one can storm the government building # deploy: posture=cordon count=30 zone=gate # deploy: posture=cordon count=30 zone=road # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    Once the cordons are up, even drivers who want to drive away cannot get out. The crowd is pressed tighter and tighter.
* [Have the officers on scene put on helmets, take up shields and form a wall in front of the gate # deploy: posture=riot count=30 zone=gate # mark: riot-early # breaks: sanshen]
    As the shields line up, drivers pull out their phones to take pictures. Someone shouts: "They're going to beat us!"
* {deployed("riot") > 0} [Pull the riot squad back inside the compound on standby and send plain-clothes liaison officers and regular police forward instead # withdraw: count=30 posture=riot # deploy: posture=liaison count=16 zone=square # deploy: posture=uniform count=16 zone=gate # mark: posture-graded # honours: sanshen]
    The riot squad withdraws into the compound. The plain-clothes officers spread through the crowd, and the drivers begin to talk more.
- -> phase2_command_post

=== phase2_command_post ===
"Chief, where do we set up the field command post? How do we split the officers?" # speaker: officer-xu
How do you organise command on the scene? # dp: p2-command-post
* [Set up the field command post just inside the government compound gate, with groups for order, investigation and evidence, persuasion, information release and logistics, each with a named leader # assignGroup: commandPost # assignGroup: order # assignGroup: evidence # assignGroup: persuasion # assignGroup: information # assignGroup: logistics # mark: command-post # mark: groups-roles]
    ~ evidence_group = true
    The group leaders meet briefly at the command post; the evidence group switches on its body cameras and the information group starts watching what is said online.
* [Ask the vice mayor in charge to be overall commander, with you as field commander, and set up groups for order, mediation, persuasion, investigation and evidence, and information release # assignGroup: commandPost # assignGroup: order # assignGroup: mediation # assignGroup: persuasion # assignGroup: evidence # assignGroup: information # mark: command-post # mark: groups-roles # honours: dangwei-zhengfu-zhudao]
    ~ evidence_group = true
    The command post sign goes up. The city government duty office replies that the vice mayor in charge is on his way and will take overall command when he arrives.
* [No groups; you command every officer directly yourself # assignGroup: commandPost # mark: command-post]
    Calls on the radio come one after another, and you soon cannot keep up.
* [No command post; get the people under control first # mark: no-command-post]
    The officers each act on their own, and nobody knows what anyone else is doing.
- -> phase2_violence

=== phase2_violence ===
Shouts come from the junction on the east side. # inject: kind=shock group=core dE=0.1
"Chief, at the east junction a few drivers have stopped a working taxi and dragged the passenger out. A driver who wouldn't stop work has been beaten; his face is covered in blood!" # speaker: officer-xu
"All I wanted was to take fares and earn a living. Why beat me?" # speaker: driver-sun
Tip: decisive action within the law targets the few who used violence, not the whole crowd. Warn first and secure evidence, then summon the individuals lawfully and tell the other drivers why. The case is from 2010, so cite article numbers as they stood before later revisions. # hint
How do you deal with it? # dp: y3-violence # rationale: violence
* [Send a team with body cameras: warn and stop them on the spot, record evidence, get the injured driver to hospital, and verbally summon and remove the few who beat him and stopped cars # warn: basis=治安管理处罚法第23条 # evidence: violence # arrest: mode=targeted count=3 # mark: targeted-action # mark: legal-basis # mark: evidence-violence # mark: violent-separated # mark: stop-force # honours: yifa-guoduan]
    ~ violence_handling = "targeted"
    -> phase2_explain
* [Send officers to protect the injured driver and take him to hospital, and have the evidence group film the assailants and the stopping of cars and pull the street CCTV; with the crowd this heated, make no arrests on the spot and deal with them lawfully once things calm down # evidence: violence # mark: evidence-violence # mark: evidence-kept # mark: violent-separated # mark: targeted-action # honours: xian-guding-zhengju]
    ~ violence_handling = "recorded"
    -> phase2_recorded
* [Leave it for now, so as not to inflame the drivers # mark: violence-ignored # breaks: yifa-guoduan # inject: kind=shock group=participants dL=-0.03]
    ~ violence_handling = "ignored"
    -> phase2_victim
* {deployed("riot") > 0 or deployed("cordon") > 0 or framing != "petition"} [Mass your officers, charge into the square and clear every driver from the government gate # disperse: zone=square ticks=20 # mark: mass-action # breaks: sanshen]
    ~ violence_handling = "mass"
    -> phase2_mass_aftermath

=== phase2_explain ===
{ arrived("ambulance"):
    The ambulance on standby takes the injured Master Sun away.
- else:
    Officers drive the injured Master Sun to hospital.
}
The three drivers who used violence are put into a police car. The body cameras recorded the whole thing, from stopping the car to the beating. The drivers on the square watch and talk among themselves.
Do you want to say anything to the drivers on the square? # dp: p2-explain-summons
* [Explain over the loudspeaker: the three people lawfully summoned beat someone and stopped vehicles, which has nothing to do with your demands; the government will hear your demands in person # speak: tone=empathetic # release: channel=loudspeaker content=facts,attitude # mark: explain-summons # honours: qiege]
    The murmuring dies down. Master Wang nods: "Beating people was wrong anyway."
* [Ask Master Wang and a few veteran drivers to explain to everyone: those taken away beat someone and stopped cars, which has nothing to do with the drivers who came to raise problems # mark: explain-summons # mark: community # honours: qiege]
    The veteran drivers go round the crowd, group by group. Someone says: "He's right, beating people is wrong. We came here to reason."
* [Give no explanation; just take them away]
    Nobody knows why the police arrested anyone. Soon someone on the square is saying: "The police have started arresting drivers!" # inject: kind=rumor content=blaming importance=0.6 spreaders=5
* [Warn over the loudspeaker: anyone else who makes trouble gets taken away too # speak: tone=harsh # mark: threat]
    ~ harsh_count += 1
    "What trouble have we made?" dozens of drivers shout at you together.
- -> phase2_hothead

=== phase2_recorded ===
Master Sun is put into a car. The body cameras and the street CCTV have recorded the few who used violence.
"We've got them all on record; they won't get away. Once things are calm here, we'll deal with them one by one, by the law." # speaker: officer-xu
Some on the square see the officers filming; the assailants shrink back into the crowd and stop no more cars.
-> phase2_hothead

=== phase2_victim ===
Holding his face, Master Sun is helped over to you by a few other drivers who had also kept working.
"The police just stand there watching? Those of us who keep working deserve a beating, do we?" # speaker: driver-sun
Several drivers who had kept working pull out their keys on the spot and say they're done for the day. # inject: kind=shock group=bystanders dL=-0.05
How do you handle Master Sun's case? # dp: p2-victim-care
* [Apologise to Master Sun, have him taken to hospital, take his statement, pull the street CCTV and secure evidence against the assailants, to be dealt with lawfully once the scene calms down # evidence: violence # mark: evidence-violence # mark: evidence-kept # honours: xian-guding-zhengju]
    Master Sun's anger half subsides: "As long as you've got it on record. Don't let them get away with it."
* [Tell him to get himself to hospital; you'll deal with it later]
    Master Sun gives you a look, says nothing, hails a car and leaves.
- -> phase2_hothead

=== phase2_mass_aftermath ===
Officers charge into the square; in the shoving some people fall and some are hit by batons. The drivers back away cursing, a forest of phones held up. # wait: 2
-> check_force_outcome ->
The crowd is pushed to the roadside, but it does not disperse; it packs ever tighter.
-> phase2_hothead

=== phase2_hothead ===
Master Lin jumps onto the bonnet of a taxi and shouts through a megaphone: "Anyone who drives gets his car smashed! Nobody leaves today!"
Two drivers who try to drive off are turned back by the men around him.
How do you deal with Master Lin? # dp: p2-hothead
* [Ask Master Wang to talk him round first; if that fails, give a public lawful warning that stopping other people's vehicles and preventing them from leaving is against the law and he will be removed if he goes on; record it all # warn: basis=治安管理处罚法第23条 # evidence: keyActors # mark: keyactor-behaviour # mark: community # mark: evidence-warning # mark: legal-basis # honours: qiege]
    -> phase2_hothead_after_warning
* [Ask the sub-district officials and men from his home town to take him aside and talk to him alone, while the evidence group records his stopping cars and making threats # evidence: keyActors # mark: keyactor-behaviour # mark: community # honours: qiege]
    A few men from his home town pull Master Lin over to the roadside. The evidence group's body camera stays on him.
    -> phase2_onlookers
* {harsh_count > 1 or framing == "riot" or tension() > 72} [Publicly berate him as a troublemaking lout and have officers drag him off the car and pin him down # isolate: target=agitators # redLine: R4 # breaks: keshun-bukeji]
    ~ hothead_removed = true
    ~ harsh_count += 1
    Pinned against the bonnet, Master Lin struggles and shouts: "The police are beating people!" The drivers nearby surge around you.
    -> phase2_onlookers
* [Ignore him, so as not to make things bigger # mark: violence-ignored]
    Master Lin shouts even louder. The drivers who wanted to leave switch their engines off again.
    -> phase2_onlookers

=== phase2_hothead_after_warning ===
{
- tension() > 68 or violence() > 2:
    Master Wang cannot talk him round. Master Lin hears your warning out, sneers, and goes to stop the next car.
    -> phase2_hothead_removal
- else:
    Master Wang takes Master Lin by the arm and says a few words in their home dialect; Master Lin jumps down off the car, grumbling, and stops no more cars.
    -> phase2_onlookers
}

=== phase2_hothead_removal ===
Master Lin has been warned but is still stopping cars. What do you do? # dp: p2-hothead-removal
* [Lawfully remove Master Lin from the scene and tell the drivers around that he is being removed for stopping other people's vehicles, which has nothing to do with their demands # isolate: target=agitators # mark: targeted-action # mark: explain-summons # mark: stop-force # honours: yifa-guoduan]
    ~ hothead_removed = true
    Two officers lead Master Lin to a police car. The drivers around fall silent for a moment, and someone says quietly: "We told him to stop."
* [Give him one more chance; don't remove him yet, keep recording]
    Master Lin stands on the bonnet and keeps shouting. The body camera is still running.
- -> phase2_onlookers

=== phase2_onlookers ===
More and more onlookers gather; there are now about {crowd()} people on the scene. Some are filming; others stand by the road to watch the show.
Auntie Li, the passenger pulled out of a taxi, stands in the cold wind with her suitcase; she has a train to Wenzhou to catch.
"All I did was take a taxi. What did I do to deserve this? Who's going to get me to the station?" # speaker: passenger-li
"Officer, when will this road reopen? I'm going to be late for work." # speaker: onlooker
How do you deal with the onlookers and the stranded passengers? # dp: p2-onlookers
* {arrived("street")} [Have the sub-district officials and officers persuade the onlookers to leave, open the passages on the east and west sides of the square, and send a car to take the stranded passenger to the station # mark: onlookers-separated # mark: vulnerable-care # mark: community # honours: kesan-buneju]
    Director He of the sub-district and a few community officials talk to people one by one, and the onlookers slowly drift away. Auntie Li gets into a car for the station.
* {not arrived("street")} [Use the loudspeaker to ask the onlookers to leave, open the passages on the east and west sides of the square, and send a police car to take the stranded passenger to the station # mark: onlookers-separated # mark: vulnerable-care # honours: kesan-buneju]
    Some of the onlookers leave. Auntie Li gets into the police car, thanking you again and again.
* [Have traffic police divert traffic at the junction, separate the onlookers from the drivers and guide the onlookers out to the east, and send a car to take the passenger to the station # mark: onlookers-separated # mark: vulnerable-care # honours: kesan-buneju]
    The onlookers are guided to the east junction and slowly disperse. Auntie Li gets into a car for the station.
* [Seal every entrance to the square, no one in or out, so the crowd stops growing # deploy: posture=cordon count=30 zone=square # mark: kettle # breaks: kesan-buneju]
    ~ kettled = true
    With the entrances sealed, onlookers and drivers alike are shut in the square, and Auntie Li cannot get out either.
* [No time for onlookers; keep your eyes on the drivers]
    The onlookers keep gathering, and Auntie Li stands by the road for a long time.
- -> phase2_livestream

=== phase2_livestream ===
Several drivers are live-streaming on their phones under the title "Yueqing cabbies stop work en masse, the police are here"; the viewer count keeps climbing.
"Chief, shall we take their phones?" # speaker: officer-xu
What do you decide? # dp: p2-livestream
* [Don't interfere with the live streams; remind all officers to mind their words and conduct, so that everything they do can stand up on camera # honours: bu-feng-wang]
    The officers straighten their caps and lower their voices.
* [Have the evidence group record the scene in parallel with body cameras, so that every word and action of the officers is on record # evidence: scene # honours: bu-feng-wang]
    The evidence group sets up body cameras at the gate and on both sides of the square.
* {harsh_count > 1 or framing != "petition"} [Order the officers to confiscate the phones that are live-streaming # redLine: R6 # breaks: bu-feng-wang # inject: kind=rumor content=blaming importance=0.8 spreaders=10]
    ~ phones_seized = true
    The moment the phones are taken, someone has already filmed it. A video of "police grabbing phones" spreads fast.
* [Have the information group follow what the live streams are saying and prepare factual answers wherever they get it wrong # honours: diyi-shijian-fabu]
    The information group puts several live streams up on a screen and logs, item by item, what is being said online.
- -> phase2_release_update

=== phase2_release_update ===
{ arrived("publicity"):
    The Publicity Department staff have arrived and are waiting at the command post for you to settle the line.
}
"There's video online already, and it's being shared fast. Should we put something out?" # speaker: officer-xu
How do you decide to release information? # dp: p2-release-update
* [Post brief facts on the police official account: taxis have gathered in front of city hall, the government has arranged for the departments concerned to hear the demands, the police are directing traffic and keeping order; and state when the next update will come # release: channel=official content=facts,measures,attitude,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi]
    Less than ten minutes after the notice goes out, people start saying in the shares: "At last the government has said something."
* [Ask the Publicity Department to agree the line, then have the official account post the known facts, the measures being taken and the time of the next update # release: channel=official content=facts,measures,nextUpdate # mark: official-release # mark: release-content-good # honours: kuaibao-shishi # wait: 5]
    Agreeing the line takes a few minutes; once the notice is out, the comments calm down considerably.
* [Post: a small number of people with ulterior motives have incited taxi drivers to an illegal strike, and the police will crack down severely according to law # release: channel=official content=cause # mark: official-release # mark: boilerplate-blame # breaks: kuaibao-shishi]
    The comments under the notice soon pass a thousand, most of them angry: "The drivers can't get their fuel subsidy, and now they're the ones with ulterior motives?"
* [Post nothing for now; say it all once the situation is handled]
    The videos keep spreading online, and the official account stays silent.
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
"Where's your initial report? The city leaders are already asking." # speaker: command-center
How do you make the late report? # dp: p2-late-report
* [Immediately file the initial report with all required elements: time and place, numbers, demands, the beaten driver and the summonses, the trend, measures taken and recommendations; grade IV, sensitive incident # report: kind=initial level=IV fields=time,source,place,nature,count,casualties,demands,trend,measures,next]
    ~ report_sent = true
    "Received. Report any change straight away from now on." # speaker: command-center
* [Briefly report the place, numbers and nature of the incident now, the rest to follow # report: kind=initial level=IV fields=time,place,count,nature]
    ~ report_sent = true
    "Received. Send in the demands and the injuries as soon as you can." # speaker: command-center
* [Report only that the scene is basically stable, without mentioning the beaten driver # report: kind=initial level=IV fields=place,nature # redLine: R5]
    ~ report_sent = true
    The command centre notes "scene basically stable". But the video of the beating is already spreading online.
- -> phase2_checkpoint
