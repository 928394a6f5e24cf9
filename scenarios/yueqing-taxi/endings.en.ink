// Endings. Each ending closes with an ending tag, then -> END.

=== ending_resolved ===
Within a few hours every stopped taxi is back at work, and there is no further conflict on the scene.
Reasonable demands were resolved with determination and unreasonable ones defused patiently without giving in; the few who beat a driver were lawfully summoned, and not one of the other drivers was pursued.
The fuel subsidy reached the drivers on the date in the minutes, and the fare hearing was held as planned. On the return visit Master Wang said: "This time the government kept its word."
Ending: resolved through dialogue. # ending: resolved-dialogue
-> END

=== ending_resolved_cost ===
The stoppage is finally over, and the taxis gradually return to work.
{ injuries() > 0 or escalated_once:
    But people were hurt on the scene, and videos of the shoving and clashes circulated online for days.
}
{ phones_seized:
    The seizure of phones and cutting of signals brought complaints, and the police inspectorate has opened an investigation.
}
{ kettled:
    The drivers who were hemmed in by cordons for hours are still angry when they talk about it afterwards.
}
{ harsh_count > 1:
    A few over-the-top loudspeaker remarks were cut into short videos, and the comments are full of abuse.
}
The problem was solved, but the cost could have been much lower.
Ending: resolved, at a cost. # ending: resolved-with-cost
-> END

=== ending_escalated ===
The conflict spreads from the gate to the main road, and more people arrive from every direction. Police cars are smashed, many members of the public and officers are injured, and the stoppage has become a major mass incident.
{ reps_arrested:
    The moment the representatives were taken away, the channel for dialogue was cut. The drivers believe only what they saw: the police arrested the people who spoke for them.
- else:
    Indiscriminate use of force turned drivers who only wanted a fair answer against the police.
}
A provincial working group arrives that evening, the incident is graded II, and those responsible are held to account.
Ending: escalated into a major incident. # ending: escalated
-> END

=== ending_crush ===
The cordon presses the crowd between the gate and the cars, and those at the back keep pushing forward. Someone falls, people behind trip over and pile on top.
Ambulances drive into the square one after another. Many people are injured in the crush, several of them seriously.
The subsequent investigation finds that blocking the exits and forcing an advance were the direct cause of the crush.
Ending: a crush at the gate. # ending: crush
-> END

=== ending_second_wave ===
The next morning even more taxis are parked at the city government gate than the day before.
{ police_promise or gov_commitment == "overpromise":
    The drivers put it bluntly: "What they promised yesterday, nobody knows anything about today. You can fool us once, but not twice."
- else:
    The story that "dozens of drivers were arrested" spread online all night, and nobody came forward to set the record straight. The drivers say: "Until it's made clear, we'll come every day."
}
The second stoppage is harder to negotiate than the first: tougher men have replaced the representatives, and they no longer want promises but everything in black and white, delivered on the spot.
Ending: rumour and broken promises bring a second stoppage the next day. # ending: second-wave
-> END

=== ending_reprisal_repeat ===
After the representatives were summoned, the drivers are no longer willing to step forward and talk.
A few months later another stoppage appears at the city government gate. This time nobody comes forward as a representative; over a hundred drivers hold up a banner and say only one thing: "The people who spoke up last time were all arrested afterwards."
Settling scores afterwards brought not calm, but a next gathering that is even harder to handle.
Ending: reprisals against the representatives, and the stoppage repeats. # ending: repeat-after-reprisal
-> END

=== ending_timeout ===
Most of the morning has gone. The main road has been blocked for over three hours and the stoppage goes on, yet the scene has never produced a dialogue with anyone who can make decisions.
A working group from higher command takes over field command. You are told to write an explanation of why, after several hours, not one of the problems has been answered.
Ending: out of time; higher command takes over. # ending: time-limit
-> END
