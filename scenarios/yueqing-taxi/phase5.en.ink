// Phase 5: aftercare/review (next-day statement and public opinion, Y7 no reprisals, following up commitments, return visits, review), then the ending according to the outcome

=== phase5_start ===
The next morning. # phase: 5
{ released_final:
    Last night's statement has been picked up by local media and news sites. One comment reads: "The government owned up; the drivers should be reasonable too."
- else:
    A message is circulating online: "Dozens of drivers arrested yesterday, and some beaten so badly they're in hospital." There is still no official word, and the shares keep multiplying. # inject: kind=rumor content=blaming importance=0.9 spreaders=10
}
{ police_promise or gov_commitment == "overpromise":
    Drivers who ask the taxi regulator about the fuel subsidy and the flag fare are told: "We haven't been notified of anything." # inject: kind=contradiction
}
-> phase5_reprisal

=== phase5_reprisal ===
A week later, someone at the sub-bureau suggests: "Let's call those five representatives in for a talk and warn them not to take the lead again."
Tip: no reprisals afterwards. Representatives who raised demands peacefully are not pursued; those who beat others or stopped vehicles are dealt with lawfully on the evidence, balancing leniency and severity. # hint
What is your view? # dp: y7-reprisal
* {violence_handling == "targeted" or violence_handling == "recorded" or evidence_group} [Disagree: the representatives raised demands lawfully and there must be no settling of scores afterwards; those who beat others or stopped vehicles should be dealt with lawfully on the evidence secured at the scene, case by case # mark: reps-protected # mark: evidence-kept # honours: bu-qiuhou-suanzhang]
    In the end the sub-bureau accepts your view. The three who beat the driver receive lawful public-order penalties, and the representatives carry on driving as usual.
* {violence_handling != "targeted" and violence_handling != "recorded" and not evidence_group} [Disagree: the representatives raised demands lawfully and there must be no settling of scores afterwards; as for the beating, find a way to investigate it later # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    The representatives are not pursued. But no evidence was kept at the scene of who beat Master Sun, and the case never gets anywhere.
* [Propose that the sub-bureau and the Transport Bureau meet the representatives together, thank them for their cooperation, hear their views on the reforms and invite them to the fare hearing # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    At the meeting Master Wang says: "We thought we'd be made to pay for it afterwards." The sub-bureau officer says: "Raising demands lawfully is not pursued."
* [Disagree, and send the sub-bureau your reasons in writing: the representatives committed no identifiable offence, a summons would have no legal basis and would only make drivers afraid to put forward representatives in future # mark: reps-protected # honours: bu-qiuhou-suanzhang]
    Once your written opinion goes in, the suggestion is not raised again.
* [Take no position and leave it to the sub-bureau to decide]
    The sub-bureau discusses it several times and in the end does not pursue the representatives. But the drivers have heard that someone talked of "settling scores", and they never quite feel safe.
* [Agree: summon the five representatives for organising an illegal gathering # isolate: target=representatives # mark: reprisal # breaks: bu-qiuhou-suanzhang]
    ~ reprisal = true
    The five representatives are summoned one after another. The news spreads through the drivers' group chats, and nobody is willing to be a representative again.
- -> phase5_commitments

=== phase5_commitments ===
How are the fuel subsidy, fares, unlicensed cabs and work-injury insurance followed up? # dp: p5-commitments
* [Propose putting every commitment on a supervision list with a responsible unit and a completion date, and posting regular progress updates on the official account # mark: commitments-logged # release: channel=official content=measures,nextUpdate]
    ~ commitments_logged = true
    The city government's supervision office puts the fuel subsidy payment, the crackdown on unlicensed cabs and the fare hearing on its supervision list, each with a responsible unit and a completion date.
* [Ask the city government's supervision office to take the lead and set a named owner and deadline for the fuel subsidy, the crackdown on unlicensed cabs and the fare hearing, item by item, with the police providing enforcement support in the crackdown # mark: commitments-logged]
    ~ commitments_logged = true
    On the supervision office's list, every item has a name and a date next to it.
* [Leave the departments to deliver their commitments themselves; the police take no further interest]
    The commitments sit in the minutes, and nobody looks at them again.
- -> phase5_revisit

=== phase5_revisit ===
How are return visits arranged? # dp: p5-revisit
* [Visit the five representatives and Master Sun, who was beaten, within a month, and ask the Development and Reform Bureau to publish the date of the fare hearing and how to take part # mark: revisit]
    A month later the Development and Reform Bureau announces that the hearing on taxi fares will be held in early March, with the flag fare, the night surcharge and linking fares to fuel prices all on the agenda.
* [Ask community police and the taxi regulator to visit the taxi companies regularly, hear the drivers' views on the reforms and report back to the representatives within a month # mark: revisit]
    The community police add several taxi companies to their visiting schedule.
* [Things have calmed down; no return visits are needed]
    The representatives never get a call from anyone again.
- -> phase5_review

=== phase5_review ===
How is the after-action review done? # dp: p5-review
* [Hold a review with the police, transport, development and reform, human resources and social security, letters and visits and publicity departments, produce an assessment report, amend the contingency plan, and put taxi industry disputes on the list of tensions to monitor # mark: review]
    At the review, everyone goes through every decision of the day. A new clause goes into the plan: taxi industry demands are first taken up in talks with the transport authorities.
* [Hold a review meeting, go back over the day's videos and records stage by stage, write up the lessons learned and propose specific amendments to the contingency plan # mark: review]
    The review takes a whole afternoon. There are seven proposed amendments to the plan, and the first is: someone must take up taxi industry demands before they reach the government's door.
* [A brief internal summary will do]
    The summary runs to two pages and is filed away.
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
