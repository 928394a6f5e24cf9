// Phase 1: warning/assessment (Y1 first contact, initial report, Y2 framing, department linkage, approval of forces)

=== phase1_briefing ===
Monday, 4 January 2010, 7:40 a.m., Yueqing. # phase: 1
"110 call: a large number of taxis have gathered at the city government gate and the road is blocked. The local police station is to respond at once, take first action and report as it goes." # speaker: command-center
You are the chief of the local police station and on duty today. You and three officers arrive first, in one patrol car.
About forty taxis are already parked in front of the city hall gate, and more keep driving up and stopping in the traffic lanes.
Drivers stand about in small groups, smoking and on their phones; one holds up a card reading "When will the fuel subsidy be paid?". Nobody is violent, but half the lanes at the gate and on the main road are already blocked.
Tip: at the outset, find out what is happening, keep the traffic moving and report promptly. Your first words decide how the drivers see the police: go with the grain, don't provoke. # hint
-> phase1_first_contact

=== phase1_first_contact ===
As you step out of the car, dozens of drivers crowd round you. What do you do first? # dp: y1-first-contact
* [Keep your officers in normal duty posture, ask the drivers what has happened, and send two officers to direct traffic at the junction # speak: tone=neutral # deploy: posture=uniform count=4 zone=road # mark: first-contact-respectful # mark: posture-graded # honours: keshun-bukeji]
    -> phase1_listen
* [Walk over alone, ask everyone to pull their cars to the kerb and free one lane, then sit down and hear them out # speak: tone=empathetic # deploy: posture=uniform count=2 zone=road # mark: first-contact-respectful # mark: posture-graded # honours: keshun-bukeji]
    -> phase1_listen
* [Announce over the loudspeaker: all vehicles must move within ten minutes or every one will be towed # speak: tone=harsh # mark: ultimatum # breaks: keshun-bukeji]
    ~ harsh_count += 1
    -> phase1_ultimatum
* [Stay in the car and watch, and radio for SWAT reinforcements with riot gear # mark: riot-early # breaks: sanshen]
    ~ riot_called = true
    -> phase1_observe

=== phase1_listen ===
"Officer, we're not here to make trouble. Not a cent of last year's second-half fuel subsidy has been paid, and the flag fare has been five yuan for two kilometres for years." # speaker: rep-wang
"Unlicensed cabs are everywhere, taking our business. We pay our own work-injury insurance, and the compulsory car insurance on top. Isn't that paying twice?" # speaker: rep-wang
"We hand over the monthly fee to the company, and what's left can't feed a family. The company's no use, the taxi regulator ignores us, so we came to the government's door." # speaker: rep-zheng
Someone at the back shouts: "What's the point of talking to the police! Anyone who drives today gets his car smashed!" # speaker: hothead-lin
The man is about thirty, with a loud voice. A driver next to you says his name is Lin and that the fleet listens to him.
-> phase1_rumour

=== phase1_ultimatum ===
The crowd laughs and swears. Someone yells: "Go on, tow one! Just try it!" # speaker: hothead-lin
More drivers get out of their cars and close in on you.
"See that? The government won't help us, so it sends the police to scare us!" # speaker: hothead-lin
"Officer, we came to raise a problem, not to fight. Will you just hear us out for a minute?" # speaker: rep-wang
{
- tension() > 68:
    You can feel the mood of the crowd surge at once.
- else:
    There is a standoff; nobody moves a car.
}
-> phase1_rumour

=== phase1_observe ===
You keep all your officers in the car. The drivers stare at you through the windows, and someone films the police car sitting idle by the road. # wait: 5
The SWAT detachment calls back: a riot squad is assembling and will follow.
A driver in his fifties taps on the window. "Officer, won't you come out and hear what we have to say? Last year's second-half fuel subsidy still hasn't been paid." # speaker: rep-wang
-> phase1_rumour

=== phase1_rumour ===
A young driver holds his phone up to you: "Everyone in the group chat says the Transport Bureau will revoke the licences of everyone who stopped work today, tonight. Is it true?" # speaker: rep-zheng
How do you answer? # dp: p1-licence-rumour
* [Answer truthfully and tell everyone over the loudspeaker: the police are here to keep order and traffic moving, there is no order to impound cars or revoke licences, and your demands will be passed on as they are; also ask the command centre to post a short incident notice on the official account # release: channel=loudspeaker content=facts,attitude,rebuttal # release: channel=official content=facts,measures,nextUpdate # mark: official-release # honours: diyi-shijian-fabu]
    When you finish, the crowd quietens a little. Several drivers put their phones away.
* [Say you will check at once, and ask the command centre to post authoritative information about the scene on the official account as soon as possible # speak: tone=neutral # release: channel=official content=facts,nextUpdate # mark: official-release]
    The young driver nods, only half convinced. A quarter of an hour later the official account posts a short incident notice.
* [Say that stopping work is against the rules anyway and they'd deserve to lose their licences # speak: tone=harsh # mark: threat # breaks: keshun-bukeji]
    ~ harsh_count += 1
    The drivers around you erupt. "Hear that? Even the police say they'll take our licences!"
- -> phase1_report

=== phase1_report ===
"What's the situation on the scene? Report." # speaker: command-center
How do you report to the command centre? # dp: p1-initial-report
* [Give a full initial report with all required elements: time and source of the call, place, about forty taxis and over a hundred drivers, demands on the fuel subsidy, fares and more, no casualties yet, cars still arriving, measures taken and recommendations; grade IV, sensitive incident # report: kind=initial level=IV fields=time,source,place,nature,count,casualties,demands,trend,measures,next]
    ~ report_sent = true
    "Received. Clear picture. Keep reporting." # speaker: command-center
* [Phone in a brief report of the place, number of cars and nature of the incident, with the written report to follow # report: kind=initial level=IV fields=time,place,count,nature]
    ~ report_sent = true
    "Received. What are the demands? Anyone hurt? Report any change at once." # speaker: command-center
* [You don't have a clear picture yet; report once you do]
    ~ report_sent = false
    You clip the radio back on your belt. For now the command centre knows neither the scale of the gathering nor the demands.
* [Report an organised taxi strike besieging city hall and request full reinforcements as a grade II major incident # report: kind=initial level=II fields=place,count,nature # mark: over-report]
    ~ report_sent = true
    "Grade II? How many people are there? Any violence?" The command centre presses you with questions you cannot answer. # speaker: command-center
- -> phase1_framing

=== phase1_framing ===
Before eight, the sub-bureau's duty leader phones: "The city leaders are asking how to characterise this. What's your view on the scene?" # speaker: bureau-leader
Tip: the framing decides everything that follows. The demands are economic and the dispute is between the drivers and their industry and government departments; treat it as what it is and don't pin labels on it first. # hint
What is your assessment? # dp: y2-framing # rationale: framing
* [Recommend handling it as a collective petition over industry interests, a contradiction among the people; the city Party committee and government lead, the Transport Bureau and other responsible departments come to talk, and the police keep order and safety # mark: frame-petition # honours: jiushi-lunshi # honours: dangwei-zhengfu-zhudao]
    ~ framing = "petition"
    "Good, that's the city's view too: no escalation, handle it as a collective petition. Hold the order and don't let it grow." # speaker: bureau-leader
* [Recommend handling it as an interest dispute in the taxi industry, without labels; ask the Transport Bureau and taxi regulator to lead the talks, with the Letters and Visits Bureau receiving the drivers # mark: frame-petition # honours: jiushi-lunshi]
    ~ framing = "petition"
    "Fine, treat it as what it is. Hold the order for now." # speaker: bureau-leader
* [Characterise it as an organised illegal strike manipulated from behind the scenes, and recommend sending SWAT to clear the area # mark: frame-riot # breaks: jiushi-lunshi]
    ~ framing = "riot"
    The sub-bureau leader is silent for a few seconds. "The city leaders don't want escalation; SWAT stays out. Keep things steady." # speaker: bureau-leader
* [Characterise it as an unlawful gathering disrupting a public body, to be handled by the police as a public-order case # mark: frame-police-only # breaks: dangwei-zhengfu-zhudao]
    ~ framing = "police"
    "Don't rush to make it a case. The demands are aimed at government departments; the police alone can't solve this." # speaker: bureau-leader
- -> phase1_departments

=== phase1_departments ===
You can ask the command centre and the duty office of the city Party committee and government to call departments to the scene. Which do you call? # dp: p1-departments
-> choose

= more
Any other department to call?
-> choose

= choose
* [Ask the city duty office to inform the vice mayor in charge and ask him to come to the scene # callDepartment: cityGov # honours: xianchang-diyi]
    ~ called_city = true
    -> more
* [Call the heads of the Transport Bureau and the taxi regulator to the scene # callDepartment: transport]
    ~ called_transport = true
    -> more
* [Ask the Development and Reform Bureau to send its head of prices # callDepartment: drc]
    -> more
* [Ask the Human Resources and Social Security Bureau to send its head of social insurance # callDepartment: hrss]
    -> more
* [Ask the Letters and Visits Bureau to send staff to receive the drivers # callDepartment: petition]
    -> more
* [Inform the Publicity Department and the Cyberspace Office to prepare releases and monitor opinion online # callDepartment: publicity]
    -> more
* [Ask 120 to station an ambulance nearby on standby # callDepartment: ambulance]
    -> more
* [Ask sub-district and community officials to come and help persuade the drivers # callDepartment: street]
    -> more
* [Ask the traffic police brigade to direct traffic in the surrounding streets # callDepartment: traffic]
    -> more
+ [Call no more departments and concentrate on the scene]
    -> phase1_forces

=== phase1_forces ===
There are already over a hundred drivers and more taxis keep coming; four officers are clearly not enough.
{ riot_called:
    The SWAT riot squad is already assembling.
}
How do you deploy your forces? # dp: p1-forces
* [Report your needs to the command centre and ask approval for reinforcements, mainly plain-clothes liaison officers and regular police, with SWAT on standby nearby and kept off the scene # requestApproval: deployment # honours: sanshen]
    ~ approval = true
    ~ riot_called = false
* [Ask approval for regular police and traffic police reinforcements, with SWAT staying where they are # requestApproval: deployment # honours: sanshen]
    ~ approval = true
    ~ riot_called = false
* [Don't wait for approval; send the SWAT riot squad straight in # mark: deploy-without-approval # mark: riot-early # breaks: sanshen]
    ~ riot_called = true
* [No reinforcements for now; manage with the officers you have # mark: under-resourced]
    { riot_called:
        ~ riot_called = false
        "Without approval, SWAT does not go in," the command centre replies. # speaker: command-center
    }
- -> phase2_arrival
