<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>CareLink</name>
    <message>
        <source>Latest news</source>
        <translation>Y newyddion diweddaraf</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="vanished">{names} a {last}</translation>
    </message>
    <message>
        <source>A new message from {name}</source>
        <translation>Neges newydd gan {name}</translation>
    </message>
    <message>
        <source>New messages from {names}</source>
        <translation>Negeseuon newydd gan {names}</translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation>Wedi&apos;i anfon at {names}</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>Mae {name} yn galw</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Call family</source>
        <translation>Galw&apos;r teulu</translation>
    </message>
    <message>
        <source>Check my camera</source>
        <translation>Gwirio fy nghamera</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Call {name}?</source>
        <translation>Galw {name}?</translation>
    </message>
    <message>
        <source>The call can still open here: phone {name} to say you are calling.</source>
        <translation>Gall yr alwad agor yma o hyd: ffoniwch {name} i ddweud eich bod yn galw.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you when the connection is back, and the call will open here.</source>
        <translation>Bydd {name} yn cael e-bost gyda dolen i ymuno â chi pan fydd y cysylltiad yn ôl, a bydd yr alwad yn agor yma.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you, and the call will open here.</source>
        <translation>Bydd {name} yn cael e-bost gyda dolen i ymuno â chi, a bydd yr alwad yn agor yma.</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Galw {name}</translation>
    </message>
    <message>
        <source>Tap the person you want to call.</source>
        <translation>Tapiwch y person rydych chi am ei alw.</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Blaenorol</translation>
    </message>
    <message>
        <source>Previous people</source>
        <translation>Pobl flaenorol</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Nesaf  ▶</translation>
    </message>
    <message>
        <source>More people</source>
        <translation>Rhagor o bobl</translation>
    </message>
    <message>
        <source>There is nobody to call yet. Ask your family to add themselves in Settings, under Contacts.</source>
        <translation>Does neb i&apos;w alw eto. Gofynnwch i&apos;ch teulu ychwanegu eu hunain yn y Gosodiadau, o dan Cysylltiadau.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Gorffen yr alwad</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>The call could not be opened</source>
        <translation>Doedd dim modd agor yr alwad</translation>
    </message>
    <message>
        <source>The call&apos;s page did not open. The computer may not be connected to the internet just now. You can try again, or go back Home.</source>
        <translation>Wnaeth tudalen yr alwad ddim agor. Efallai nad yw&apos;r cyfrifiadur wedi&apos;i gysylltu â&apos;r rhyngrwyd ar hyn o bryd. Gallwch roi cynnig arall, neu fynd yn ôl i&apos;r Cartref.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>Mae&apos;r camera&apos;n brysur</translation>
    </message>
    <message>
        <source>Another program on this computer is using the camera, perhaps another video call. Close that program, then press Try again.</source>
        <translation>Mae rhaglen arall ar y cyfrifiadur hwn yn defnyddio&apos;r camera, efallai galwad fideo arall. Caewch y rhaglen honno, yna pwyswch Rhoi cynnig arall.</translation>
    </message>
    <message>
        <source>Your phone is calling {name}</source>
        <translation>Mae eich ffôn yn galw {name}</translation>
    </message>
    <message>
        <source>The call goes through this computer&apos;s own phone program. When you have finished, press Home.</source>
        <translation>Mae&apos;r alwad yn mynd drwy raglen ffôn y cyfrifiadur hwn. Pan fyddwch wedi gorffen, pwyswch Cartref.</translation>
    </message>
    <message>
        <source>{name}&apos;s call opens in another program</source>
        <translation>Mae galwad {name} yn agor mewn rhaglen arall</translation>
    </message>
    <message>
        <source>The call opens in this computer&apos;s own program for it. When you have finished, press Home.</source>
        <translation>Mae&apos;r alwad yn agor yn rhaglen y cyfrifiadur hwn ar ei chyfer. Pan fyddwch wedi gorffen, pwyswch Cartref.</translation>
    </message>
    <message>
        <source>Please phone {name}</source>
        <translation>Ffoniwch {name}, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>The call could not start by itself. Please phone this number:</source>
        <translation>Doedd dim modd i&apos;r alwad ddechrau ar ei phen ei hun. Ffoniwch y rhif hwn, os gwelwch yn dda:</translation>
    </message>
    <message>
        <source>This call could not be opened</source>
        <translation>Doedd dim modd agor yr alwad hon</translation>
    </message>
    <message>
        <source>This computer has no program for this kind of call link. The family administrator can give {name} a different link in Settings.</source>
        <translation>Does gan y cyfrifiadur hwn ddim rhaglen ar gyfer y math hwn o ddolen galwad. Gall pwy bynnag sy&apos;n gofalu am CareLink yn y teulu roi dolen wahanol i {name} yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>You talked with {name} for less than a minute</source>
        <translation>Buoch chi&apos;n siarad â {name} am lai na munud</translation>
    </message>
    <message>
        <source>Your call with {name} lasted less than a minute</source>
        <translation>Parhaodd eich galwad gyda {name} lai na munud</translation>
    </message>
    <message>
        <source>You talked with {name} for 1 minute</source>
        <translation>Buoch chi&apos;n siarad â {name} am 1 munud</translation>
    </message>
    <message>
        <source>Your call with {name} lasted 1 minute</source>
        <translation>Parhaodd eich galwad gyda {name} 1 munud</translation>
    </message>
    <message>
        <source>You talked with {name} for {minutes} minutes</source>
        <translation>Buoch chi&apos;n siarad â {name} am {minutes} munud</translation>
    </message>
    <message>
        <source>Your call with {name} lasted {minutes} minutes</source>
        <translation>Parhaodd eich galwad gyda {name} {minutes} munud</translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation>Yn galw {name}…</translation>
    </message>
    <message>
        <source>Getting the call ready. This takes a few seconds.</source>
        <translation>Yn paratoi&apos;r alwad. Mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>{name}&apos;s message had no call link in it. You can find it on your Messages.</source>
        <translation>Doedd dim dolen galwad yn neges {name}. Gallwch ddod o hyd iddi yn eich Negeseuon.</translation>
    </message>
    <message>
        <source>Joining {name}&apos;s call…</source>
        <translation>Yn ymuno â galwad {name}…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The call could not be started</source>
        <translation>Doedd dim modd dechrau&apos;r alwad</translation>
    </message>
    <message>
        <source>Talking with {name}…</source>
        <translation>Yn siarad â {name}…</translation>
    </message>
    <message>
        <source>In a real call, {name}&apos;s face appears here and you can talk. This is only practice: nobody is called.</source>
        <translation>Mewn galwad go iawn, mae wyneb {name} yn ymddangos yma a gallwch siarad. Ymarfer yn unig yw hyn: does neb yn cael ei alw.</translation>
    </message>
    <message>
        <source>Your camera and microphone</source>
        <translation>Eich camera a&apos;ch meicroffon</translation>
    </message>
    <message>
        <source>This is what {name} will see</source>
        <translation>Dyma beth fydd {name} yn ei weld</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Checking your camera and microphone…</source>
        <translation>Yn gwirio eich camera a&apos;ch meicroffon…</translation>
    </message>
    <message>
        <source>{name} has been sent a message to join. The call starts here as soon as {name} is there.</source>
        <translation>Mae {name} wedi cael neges i ymuno. Bydd yr alwad yn dechrau yma cyn gynted ag y bydd {name} yno.</translation>
    </message>
    <message>
        <source>The call starts here in a moment.</source>
        <translation>Bydd yr alwad yn dechrau yma mewn eiliad.</translation>
    </message>
    <message>
        <source>{name} has not joined yet</source>
        <translation>Dydy {name} ddim wedi ymuno eto</translation>
    </message>
    <message>
        <source>Perhaps {name} is busy just now. You can wait a little longer, or press Hang up and try again later.</source>
        <translation>Efallai fod {name} yn brysur ar hyn o bryd. Gallwch aros ychydig yn hirach, neu bwyso Gorffen yr alwad a rhoi cynnig arall yn nes ymlaen.</translation>
    </message>
    <message>
        <source>{name} did not join this time. You can try again later.</source>
        <translation>Wnaeth {name} ddim ymuno y tro hwn. Gallwch roi cynnig arall yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Yn cychwyn y camera…</translation>
    </message>
    <message>
        <source>This is you. Say something: the bar moves when the microphone hears you.</source>
        <translation>Dyma chi. Dywedwch rywbeth: mae&apos;r bar yn symud pan fydd y meicroffon yn eich clywed.</translation>
    </message>
    <message>
        <source>The camera or microphone could not start. Another program may be using it.</source>
        <translation>Doedd dim modd cychwyn y camera na&apos;r meicroffon. Efallai fod rhaglen arall yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>If you cannot see your face, sit where the camera can see you.</source>
        <translation>Os na allwch weld eich wyneb, eisteddwch lle gall y camera eich gweld.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or this computer may not have one.</source>
        <translation>Doedd dim modd cychwyn y camera. Efallai fod rhaglen arall yn ei ddefnyddio, neu nad oes camera gan y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>{name} is calling you</source>
        <translation>Mae {name} yn eich galw</translation>
    </message>
    <message>
        <source>Answer {name}&apos;s call</source>
        <translation>Ateb galwad {name}</translation>
    </message>
    <message>
        <source>Answering by itself in {seconds}…</source>
        <translation>Yn ateb ar ei ben ei hun mewn {seconds}…</translation>
    </message>
    <message>
        <source>I&apos;m OK today</source>
        <translation>Rwy&apos;n iawn heddiw</translation>
    </message>
    <message>
        <source>Tell them again</source>
        <translation>Dweud eto</translation>
    </message>
    <message>
        <source>Tap the big button to tell your family that you are OK today.</source>
        <translation>Tapiwch y botwm mawr i ddweud wrth eich teulu eich bod yn iawn heddiw.</translation>
    </message>
    <message>
        <source>Thank you. It will go to your family when the connection is back.</source>
        <translation>Diolch. Bydd yn mynd at eich teulu pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>Thank you. Your family will get your message.</source>
        <translation>Diolch. Bydd eich teulu yn cael eich neges.</translation>
    </message>
    <message>
        <source>You have already told your family today, at {time}.</source>
        <translation>Rydych chi eisoes wedi dweud wrth eich teulu heddiw, am {time}.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone your family.</source>
        <translation>Doedd CareLink ddim yn gallu anfon hwn. Ffoniwch eich teulu, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again, or phone your family.</source>
        <translation>Mae&apos;n ddrwg gennym, wnaeth hynny ddim gweithio. Rhowch gynnig arall arni, neu ffoniwch eich teulu.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Rhannu pryder</translation>
    </message>
    <message>
        <source>No more to add</source>
        <translation>Dim mwy i&apos;w ddweud</translation>
    </message>
    <message>
        <source>Yes, please call me</source>
        <translation>Ie, ffoniwch fi os gwelwch yn dda</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Yn ôl i&apos;r Cartref</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about a concern. Please phone your family or someone you trust.</source>
        <translation>Does neb wedi&apos;i osod eto i glywed am bryder. Ffoniwch eich teulu neu rywun rydych chi&apos;n ymddiried ynddo, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Whoever set up CareLink can add a carer in Settings → Contacts.</source>
        <translation>Gall pwy bynnag a osododd CareLink ychwanegu gofalwr yn Gosodiadau → Cysylltiadau.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>Mewn perygl nawr? Ffoniwch {number}.</translation>
    </message>
    <message>
        <source>your family</source>
        <translation>eich teulu</translation>
    </message>
    <message>
        <source>Your words for {name}, if you like</source>
        <translation>Eich geiriau i {name}, os hoffech chi</translation>
    </message>
    <message>
        <source>Would you like {name} to call you?</source>
        <translation>Hoffech chi i {name} eich ffonio?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Beth sy&apos;n bod?</translation>
    </message>
    <message>
        <source>Tell {name} more</source>
        <translation>Mwy i {name}</translation>
    </message>
    <message>
        <source>Send to {name}?</source>
        <translation>Anfon at {name}?</translation>
    </message>
    <message>
        <source>Your words: “{words}”</source>
        <translation>Eich geiriau: “{words}”</translation>
    </message>
    <message>
        <source>No words added.</source>
        <translation>Dim geiriau wedi&apos;u hychwanegu.</translation>
    </message>
    <message>
        <source>You asked {name} to call you.</source>
        <translation>Rydych chi wedi gofyn i {name} eich ffonio.</translation>
    </message>
    <message>
        <source>You did not ask for a call.</source>
        <translation>Wnaethoch chi ddim gofyn am alwad.</translation>
    </message>
    <message>
        <source>No carer is set up, so this goes to {names}.</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly mae hwn yn mynd at {names}.</translation>
    </message>
    <message>
        <source>That is too long to send: {count} letters at most.</source>
        <translation>Mae hynny&apos;n rhy hir i&apos;w anfon: {count} llythyren ar y mwyaf.</translation>
    </message>
    <message>
        <source>Sorry, it could not be saved. Please try again, or phone {name}.</source>
        <translation>Mae&apos;n ddrwg gennym, doedd dim modd ei gadw. Rhowch gynnig arall arni, neu ffoniwch {name}.</translation>
    </message>
    <message>
        <source>your carer</source>
        <translation>eich gofalwr</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>Dydy CareLink ddim yn gallu anfon negeseuon eto — gofynnwch i&apos;ch teulu osod yr e-bost</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Mae angen i&apos;ch teulu wirio cyfrinair yr e-bost</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}</source>
        <translation>Doedd CareLink ddim yn gallu anfon hwn. Ffoniwch {name} ar {phone}</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}</source>
        <translation>Doedd CareLink ddim yn gallu anfon hwn. Ffoniwch {name}</translation>
    </message>
    <message>
        <source>{name} has seen your concern ✓ {time}</source>
        <translation>Mae {name} wedi gweld eich pryder ✓ {time}</translation>
    </message>
    <message>
        <source>No answer from {name} yet — we have told {others} too</source>
        <translation>Dim ateb gan {name} eto — rydyn ni wedi dweud wrth {others} hefyd</translation>
    </message>
    <message>
        <source>Sent to {name} at {time} ✓</source>
        <translation>Wedi&apos;i anfon at {name} am {time} ✓</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — it will go to {others} when the connection is back</source>
        <translation>Wnaeth e-bost {name} ddim gweithio — bydd yn mynd at {others} pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — sending to {others}…</source>
        <translation>Wnaeth e-bost {name} ddim gweithio — yn anfon at {others}…</translation>
    </message>
    <message>
        <source>It will be sent to {name} when the connection is back</source>
        <translation>Bydd yn cael ei anfon at {name} pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>Sending to {name}…</source>
        <translation>Yn anfon at {name}…</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names}. {why}</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly bydd hwn yn mynd at {names}. {why}</translation>
    </message>
    <message>
        <source>No carer is set up, so this went to {names} at {time} ✓</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly aeth hwn at {names} am {time} ✓</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names} when the connection is back</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly bydd hwn yn mynd at {names} pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>No carer is set up, so this is going to {names}…</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly mae hwn yn mynd at {names}…</translation>
    </message>
    <message>
        <source>You told your family you&apos;re OK at {time}</source>
        <translation>Dywedoch chi wrth eich teulu eich bod yn iawn am {time}</translation>
    </message>
    <message>
        <source>You said you&apos;re OK at {time} — it has not reached your family yet</source>
        <translation>Dywedoch chi eich bod yn iawn am {time} — dydy e ddim wedi cyrraedd eich teulu eto</translation>
    </message>
    <message>
        <source>Welcome to CareLink</source>
        <translation>Croeso i CareLink</translation>
    </message>
    <message>
        <source>Welcome to CareLink. All of this can be changed later in Settings.</source>
        <translation>Croeso i CareLink. Gallwch newid hyn i gyd yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>What is their first name?</source>
        <translation>Beth yw eu henw cyntaf?</translation>
    </message>
    <message>
        <source>Just looking? The demo has a pretend family: nothing reaches a real person.</source>
        <translation>Dim ond edrych? Mae gan y demo deulu esgus: does dim yn cyrraedd person go iawn.</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Rhoi cynnig ar y demo yn lle</translation>
    </message>
    <message>
        <source>Which language should CareLink speak? Its emails to the family are written in it too.</source>
        <translation>Pa iaith ddylai CareLink ei siarad? Mae ei negeseuon e-bost at y teulu yn yr iaith honno hefyd.</translation>
    </message>
    <message>
        <source>Which country do they live in?</source>
        <translation>Ym mha wlad maen nhw&apos;n byw?</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Rhif argyfwng</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN for Settings, so that only the family can change them. Write it down somewhere safe.</source>
        <translation>Dewiswch PIN 4 digid ar gyfer y Gosodiadau, fel mai dim ond y teulu sy&apos;n gallu eu newid. Ysgrifennwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>New 4-digit PIN</source>
        <translation>PIN 4 digid newydd</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <source>The email account CareLink reads the family&apos;s messages from. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation type="vanished">Y cyfrif e-bost y mae CareLink yn darllen negeseuon y teulu ohono. Os nad yw&apos;r manylion wrth law, pwyswch Hepgor am nawr a&apos;i osod yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Which email does CareLink use? It reads the family&apos;s messages from it. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation>Pa e-bost mae CareLink yn ei ddefnyddio? Mae&apos;n darllen negeseuon y teulu ohono. Os nad yw&apos;r manylion wrth law, pwyswch Hepgor am nawr a&apos;i osod yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The email address CareLink uses.</source>
        <translation>Y cyfeiriad e-bost mae CareLink yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Who in the family will send messages? Only their messages reach the wall; others wait in Settings.</source>
        <translation>Pwy yn y teulu fydd yn anfon negeseuon? Dim ond eu negeseuon nhw sy&apos;n cyrraedd y wal; mae eraill yn aros yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Ychwanegu person arall</translation>
    </message>
    <message>
        <source>The carer: the person who gets a message when something is wrong. You can skip this and add them later in Settings → Contacts.</source>
        <translation>Y gofalwr: y person sy&apos;n cael neges pan fydd rhywbeth o&apos;i le. Gallwch hepgor hyn a&apos;u hychwanegu yn nes ymlaen yn Gosodiadau → Cysylltiadau.</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Enw&apos;r gofalwr</translation>
    </message>
    <message>
        <source>Carer&apos;s email address</source>
        <translation>Cyfeiriad e-bost y gofalwr</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Hepgor am nawr</translation>
    </message>
    <message>
        <source>Setting up, step {number} of {total}</source>
        <translation>Yn gosod, cam {number} o {total}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Cam {number} o {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>That could not be saved. Please try again.</source>
        <translation>Doedd dim modd cadw hynny. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Please choose the language CareLink should speak.</source>
        <translation>Dewiswch yr iaith y dylai CareLink ei siarad, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please choose the country they live in, or Elsewhere.</source>
        <translation>Dewiswch y wlad maen nhw&apos;n byw ynddi, neu Rhywle arall.</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>Mae&apos;r ddau PIN yn wahanol. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please choose who provides the email, or Other.</source>
        <translation>Dewiswch pwy sy&apos;n darparu&apos;r e-bost, neu Arall.</translation>
    </message>
    <message>
        <source>On the list so far: {names}</source>
        <translation>Ar y rhestr hyd yma: {names}</translation>
    </message>
    <message>
        <source>Added. Type the next person, or press Next.</source>
        <translation>Wedi&apos;i ychwanegu. Teipiwch y person nesaf, neu pwyswch Nesaf.</translation>
    </message>
    <message>
        <source>Please add at least one family member, so that their messages can reach the wall.</source>
        <translation>Ychwanegwch o leiaf un aelod o&apos;r teulu, fel bod eu negeseuon yn gallu cyrraedd y wal.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>bore</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>prynhawn</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noswaith</translation>
    </message>
    <message>
        <source>night</source>
        <translation>nos</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bore da</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Prynhawn da</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Noswaith dda</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Helo</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Mae popeth yn gyfredol</translation>
    </message>
    <message>
        <source>Looking for new messages…</source>
        <translation>Chwilio am negeseuon newydd…</translation>
    </message>
    <message>
        <source>Demo household — everything is up to date</source>
        <translation>Cartref demo — mae popeth yn gyfredol</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>All-lein — bydd negeseuon yn mynd pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} newydd</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Dim byd newydd</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>I&apos;m OK today, done</source>
        <translation>Rwy&apos;n iawn heddiw, wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Something important could not be sent — your family can see why in Settings</source>
        <translation>Doedd dim modd anfon rhywbeth pwysig — gall eich teulu weld pam yn y Gosodiadau</translation>
    </message>
    <message>
        <source>You have 1 new message.</source>
        <translation>Mae gennych chi 1 neges newydd.</translation>
    </message>
    <message>
        <source>You have {count} new messages.</source>
        <translation>Mae gennych chi {count} neges newydd.</translation>
    </message>
    <message>
        <source>There are no new messages.</source>
        <translation>Does dim negeseuon newydd.</translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation>{app} — demo</translation>
    </message>
    <message>
        <source>A call for you</source>
        <translation>Galwad i chi</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <source>{app} — {screen}</source>
        <translation>{app} — {screen}</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save new messages just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Does dim lle ar ôl ar y cyfrifiadur hwn, felly dydy CareLink ddim yn gallu cadw negeseuon newydd ar hyn o bryd. Does dim byd wedi&apos;i golli: gwnewch ychydig o le (neu gofynnwch i&apos;ch teulu helpu), a bydd CareLink yn bwrw ymlaen.</translation>
    </message>
    <message>
        <source>CareLink has a problem</source>
        <translation>Mae gan CareLink broblem</translation>
    </message>
    <message>
        <source>Reading… Stop</source>
        <translation>Yn darllen… Stopio</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="vanished">{count} beit</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation type="vanished">{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation type="vanished">{count} MB</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation type="vanished">{count} GB</translation>
    </message>
    <message>
        <source>Keep the original of each photo too</source>
        <translation>Cadw gwreiddiol pob llun hefyd</translation>
    </message>
    <message>
        <source>CareLink keeps a copy of each photo made for the screen. The photo as it came takes about ten times the room, so keep the originals only if the family wants them (they are in CareLink&apos;s data folder).</source>
        <translation>Mae CareLink yn cadw copi o bob llun wedi&apos;i wneud ar gyfer y sgrin. Mae&apos;r llun fel y cyrhaeddodd yn cymryd tua deg gwaith cymaint o le, felly cadwch y rhai gwreiddiol dim ond os yw&apos;r teulu eu heisiau (maen nhw yn ffolder data CareLink).</translation>
    </message>
    <message>
        <source>Remove the originals</source>
        <translation>Tynnu&apos;r rhai gwreiddiol</translation>
    </message>
    <message>
        <source>Yes, remove the originals</source>
        <translation>Ie, tynnu&apos;r rhai gwreiddiol</translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation>Cadw&apos;r rhai gwreiddiol</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Byddai cadw copïau&apos;r sgrin yn unig yn arbed {size}.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}.</source>
        <translation>Mae&apos;r rhai gwreiddiol a gadwyd hyd yma yn cymryd {size}.</translation>
    </message>
    <message>
        <source>Keeping display copies only saves {size}.</source>
        <translation>Mae cadw copïau&apos;r sgrin yn unig yn arbed {size}.</translation>
    </message>
    <message>
        <source>CareLink could not find out how much room the photos take.</source>
        <translation>Doedd CareLink ddim yn gallu canfod faint o le mae&apos;r lluniau&apos;n ei gymryd.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}. Remove them? Every photo stays on the wall, and this cannot be undone.</source>
        <translation>Mae&apos;r rhai gwreiddiol a gadwyd hyd yma yn cymryd {size}. Eu tynnu nhw? Mae pob llun yn aros ar y wal, a does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Removing the originals…</source>
        <translation>Yn tynnu&apos;r rhai gwreiddiol…</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Mae&apos;r rhai gwreiddiol wedi&apos;u tynnu. Mae pob llun yn dal ar y wal.</translation>
    </message>
    <message>
        <source>The originals could not all be removed. Please try again.</source>
        <translation>Doedd dim modd tynnu&apos;r holl rai gwreiddiol. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Kept: shown on the wall.</source>
        <translation>Wedi&apos;i gadw: yn cael ei ddangos ar y wal.</translation>
    </message>
    <message>
        <source>Not kept: too big, or damaged. The wall says so.</source>
        <translation>Heb ei gadw: rhy fawr, neu wedi&apos;i ddifrodi. Mae&apos;r wal yn dweud hynny.</translation>
    </message>
    <message>
        <source>Not kept: CareLink can&apos;t show this kind. The wall says so.</source>
        <translation>Heb ei gadw: dydy CareLink ddim yn gallu dangos y math hwn. Mae&apos;r wal yn dweud hynny.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ffeiliau atodedig</translation>
    </message>
    <message>
        <source>Everything the family attached to their messages besides photos. Voice messages, videos and PDF documents play or show on the wall; for anything else the wall says it came.</source>
        <translation>Popeth y mae&apos;r teulu wedi&apos;i atodi i&apos;w negeseuon heblaw lluniau. Mae negeseuon llais, fideos a dogfennau PDF yn chwarae neu&apos;n cael eu dangos ar y wal; am bopeth arall mae&apos;r wal yn dweud ei fod wedi dod.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Doedd dim modd darllen y rhestr.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Dim atodiadau eto.</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Galwadau fideo</translation>
    </message>
    <message>
        <source>The Jitsi Meet server for calls: meet.jit.si, or your care organisation&apos;s own (like https://jitsi.example.org)</source>
        <translation>Y gweinydd Jitsi Meet ar gyfer galwadau: meet.jit.si, neu un eich sefydliad gofal (fel https://jitsi.example.org)</translation>
    </message>
    <message>
        <source>On meet.jit.si, the family member signs in with their Google account the first time, to start the call; CareLink&apos;s invite email tells them so. A care organisation&apos;s own Jitsi server can let calls start with no signing in.</source>
        <translation>Ar meet.jit.si, mae aelod y teulu yn mewngofnodi gyda&apos;i gyfrif Google y tro cyntaf, i ddechrau&apos;r alwad; mae e-bost gwahodd CareLink yn dweud hynny wrthyn nhw. Gall gweinydd Jitsi sefydliad gofal adael i alwadau ddechrau heb fewngofnodi.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Check my camera and microphone</source>
        <translation>Gwirio fy nghamera a&apos;m meicroffon</translation>
    </message>
    <message>
        <source>Saved. New calls use {server}.</source>
        <translation>Wedi&apos;i gadw. Mae galwadau newydd yn defnyddio {server}.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 eiliad</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 munud</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} eiliad</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} munud</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} awr</translation>
    </message>
    <message>
        <source>Check-in and concerns</source>
        <translation>“Rwy&apos;n iawn heddiw” a phryderon</translation>
    </message>
    <message>
        <source>The time by which “I&apos;m OK today” is expected each day, like 11:00 (leave it empty for no alert)</source>
        <translation>Yr amser y disgwylir “Rwy&apos;n iawn heddiw” bob dydd, fel 11:00 (gadewch yn wag i beidio â rhybuddio)</translation>
    </message>
    <message>
        <source>When it has not come by then, the family is told. Tell the carers too?</source>
        <translation>Os nad yw wedi dod erbyn hynny, bydd y teulu&apos;n cael gwybod. Dweud wrth y gofalwyr hefyd?</translation>
    </message>
    <message>
        <source>Yes, the carers too</source>
        <translation>Ie, y gofalwyr hefyd</translation>
    </message>
    <message>
        <source>No, only the family</source>
        <translation>Na, y teulu yn unig</translation>
    </message>
    <message>
        <source>Tell the carers too?</source>
        <translation>Dweud wrth y gofalwyr hefyd?</translation>
    </message>
    <message>
        <source>How long a carer has to answer a concern before the backup carer is told, like 30 minutes or 2 hours</source>
        <translation>Faint o amser sydd gan ofalwr i ateb pryder cyn i&apos;r gofalwr wrth gefn gael gwybod, fel 30 munud neu 2 awr</translation>
    </message>
    <message>
        <source>Saved. “I&apos;m OK today” is expected by {time}.</source>
        <translation>Wedi&apos;i gadw. Disgwylir “Rwy&apos;n iawn heddiw” erbyn {time}.</translation>
    </message>
    <message>
        <source>Saved. There is no alert when “I&apos;m OK today” does not come.</source>
        <translation>Wedi&apos;i gadw. Does dim rhybudd pan nad yw “Rwy&apos;n iawn heddiw” yn dod.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Start CareLink when the computer starts</source>
        <translation>Cychwyn CareLink pan fydd y cyfrifiadur yn cychwyn</translation>
    </message>
    <message>
        <source>Full screen, always (kiosk mode)</source>
        <translation>Sgrin lawn, bob amser (modd ciosg)</translation>
    </message>
    <message>
        <source>Hides the desktop so CareLink cannot be closed by accident. Closing it then needs the PIN.</source>
        <translation>Mae&apos;n cuddio&apos;r bwrdd gwaith fel nad oes modd cau CareLink trwy ddamwain. Mae angen y PIN i&apos;w gau wedyn.</translation>
    </message>
    <message>
        <source>Close CareLink now, for example to use the computer for something else.</source>
        <translation>Cau CareLink nawr, er enghraifft i ddefnyddio&apos;r cyfrifiadur ar gyfer rhywbeth arall.</translation>
    </message>
    <message>
        <source>Close CareLink</source>
        <translation>Cau CareLink</translation>
    </message>
    <message>
        <source>So {name} never has to look for it.</source>
        <translation>Fel nad oes rhaid i {name} chwilio amdano byth.</translation>
    </message>
    <message>
        <source>So it is always ready.</source>
        <translation>Fel ei fod bob amser yn barod.</translation>
    </message>
    <message>
        <source>CareLink could not find out whether it starts with the computer.</source>
        <translation>Doedd CareLink ddim yn gallu canfod a yw&apos;n cychwyn gyda&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <source>CareLink could not change whether it starts with the computer. Please try again.</source>
        <translation>Doedd CareLink ddim yn gallu newid a yw&apos;n cychwyn gyda&apos;r cyfrifiadur. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>CareLink could not change how it starts with the computer. Turn “Start CareLink when the computer starts” off and on again to fix it.</source>
        <translation>Doedd CareLink ddim yn gallu newid sut mae&apos;n cychwyn gyda&apos;r cyfrifiadur. Trowch “Cychwyn CareLink pan fydd y cyfrifiadur yn cychwyn” i ffwrdd ac ymlaen eto i&apos;w drwsio.</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>gofalwr wrth gefn</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>Phone number (for a carer: shown if a concern cannot be sent)</source>
        <translation>Rhif ffôn (i ofalwr: yn cael ei ddangos os nad oes modd anfon pryder)</translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation>Pwy ydyn nhw?</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Main carer</source>
        <translation>Prif ofalwr</translation>
    </message>
    <message>
        <source>Backup carer</source>
        <translation>Gofalwr wrth gefn</translation>
    </message>
    <message>
        <source>Main or backup carer</source>
        <translation>Prif ofalwr neu ofalwr wrth gefn</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Dewis llun…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Newid {name}</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Calls use:</source>
        <translation>Mae galwadau&apos;n defnyddio:</translation>
    </message>
    <message>
        <source>A video room made for them</source>
        <translation>Ystafell fideo wedi&apos;i gwneud iddyn nhw</translation>
    </message>
    <message>
        <source>Their own link</source>
        <translation>Eu dolen eu hunain</translation>
    </message>
    <message>
        <source>Their call link (it starts with https://), or their phone number</source>
        <translation>Eu dolen galwad (mae&apos;n dechrau gyda https://), neu eu rhif ffôn</translation>
    </message>
    <message>
        <source>Answer their calls by themselves, after a 10-second countdown?</source>
        <translation>Ateb eu galwadau ar ei ben ei hun, ar ôl cyfrif i lawr o 10 eiliad?</translation>
    </message>
    <message>
        <source>No, ring and wait</source>
        <translation>Na, canu ac aros</translation>
    </message>
    <message>
        <source>Yes, answer by themselves</source>
        <translation>Ie, ateb ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Please type in their call link, or choose &quot;A video room made for them&quot;.</source>
        <translation>Teipiwch eu dolen galwad, neu dewiswch &quot;Ystafell fideo wedi&apos;i gwneud iddyn nhw&quot;.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
    <message>
        <source>No carer is set up yet, so &quot;Report a concern&quot; goes to the family instead. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Does dim gofalwr wedi&apos;i osod eto, felly mae &quot;Rhannu pryder&quot; yn mynd at y teulu yn lle. Ychwanegwch y gofalwr fel cyswllt a dewis &quot;Gofalwr&quot;.</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about &quot;Report a concern&quot;. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Does neb wedi&apos;i osod eto i glywed am &quot;Rhannu pryder&quot;. Ychwanegwch y gofalwr fel cyswllt a dewis &quot;Gofalwr&quot;.</translation>
    </message>
    <message>
        <source>A concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>A missed check-in alert</source>
        <translation>Rhybudd am “Rwy&apos;n iawn heddiw” a gollwyd</translation>
    </message>
    <message>
        <source>{what} could not be sent to {to}: {why}</source>
        <translation>{what}: doedd dim modd ei anfon at {to}. {why}</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Dewiswch gyswllt yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>The contact could not be saved. Please try again.</source>
        <translation>Doedd dim modd cadw&apos;r cyswllt. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Yes, remove {name}</source>
        <translation>Ie, tynnu {name}</translation>
    </message>
    <message>
        <source>{name} has been removed.</source>
        <translation>Mae {name} wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Y Deyrnas Unedig</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Iwerddon</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Yr Unol Daleithiau</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Awstralia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Seland Newydd</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Ffrainc</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Sbaen</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Yr Almaen</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Who provides the email account?</source>
        <translation>Pwy sy&apos;n darparu&apos;r cyfrif e-bost?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>The mail servers (filled in for the providers above)</source>
        <translation>Y gweinyddion e-bost (wedi&apos;u llenwi ar gyfer y darparwyr uchod)</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Gweinydd e-bost sy&apos;n dod i mewn (IMAP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Porth e-bost sy&apos;n dod i mewn</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Gweinydd e-bost sy&apos;n mynd allan (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Porth e-bost sy&apos;n mynd allan</translation>
    </message>
    <message>
        <source>User name (leave empty if it is the email address)</source>
        <translation>Enw defnyddiwr (gwag os mai&apos;r cyfeiriad yw e)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Dim (y cyfrifiadur hwn yn unig)</translation>
    </message>
    <message>
        <source>Password (leave empty to keep the saved one)</source>
        <translation>Cyfrinair (gadewch yn wag i gadw&apos;r un sydd wedi&apos;i gadw)</translation>
    </message>
    <message>
        <source>Type the server names and ports your email provider gives for mail programs. Most providers need an app password rather than the usual one.</source>
        <translation type="vanished">Teipiwch enwau&apos;r gweinyddion a&apos;r pyrth y mae eich darparwr e-bost yn eu rhoi ar gyfer rhaglenni e-bost. Mae angen cyfrinair ap ar y rhan fwyaf o ddarparwyr yn lle&apos;r un arferol.</translation>
    </message>
    <message>
        <source>Please choose the security: SSL/TLS or STARTTLS.</source>
        <translation>Dewiswch y diogelwch: SSL/TLS neu STARTTLS.</translation>
    </message>
    <message>
        <source>Please type the email address.</source>
        <translation>Teipiwch y cyfeiriad e-bost, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Most providers need an app password rather than the usual one. Their help pages say how to make one, and give the server names and ports for mail programs.</source>
        <translation>Mae angen cyfrinair ap ar y rhan fwyaf o ddarparwyr yn lle&apos;r un arferol. Mae eu tudalennau help yn dweud sut i wneud un, ac yn rhoi enwau&apos;r gweinyddion a&apos;r pyrth ar gyfer rhaglenni e-bost.</translation>
    </message>
    <message>
        <source>Please type the incoming mail server&apos;s name, like imap.example.com.</source>
        <translation>Teipiwch enw&apos;r gweinydd e-bost sy&apos;n dod i mewn, fel imap.example.com.</translation>
    </message>
    <message>
        <source>Please type the outgoing mail server&apos;s name, like smtp.example.com.</source>
        <translation>Teipiwch enw&apos;r gweinydd e-bost sy&apos;n mynd allan, fel smtp.example.com.</translation>
    </message>
    <message>
        <source>Please type the password (for most providers, an app password).</source>
        <translation>Teipiwch y cyfrinair (i&apos;r rhan fwyaf o ddarparwyr, cyfrinair ap).</translation>
    </message>
    <message>
        <source>Saved. The password is kept in this computer&apos;s password store.</source>
        <translation>Wedi&apos;i gadw. Mae&apos;r cyfrinair yn cael ei gadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The email account could not be saved. Please try again.</source>
        <translation>Doedd dim modd cadw&apos;r cyfrif e-bost. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Negeseuon wedi&apos;u dal yn ôl</translation>
    </message>
    <message>
        <source>Messages from people who are not on the contact list wait here, so that strangers never reach the wall, and so do automatic messages (read receipts, out-of-office replies). Only the family sees them.</source>
        <translation>Mae negeseuon gan bobl sydd ddim ar y rhestr gysylltiadau yn aros yma, fel nad yw dieithriaid byth yn cyrraedd y wal, ac felly hefyd negeseuon awtomatig (derbynebau darllen, atebion allan o&apos;r swyddfa). Dim ond y teulu sy&apos;n eu gweld.</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>Geiriau&apos;r neges</translation>
    </message>
    <message>
        <source>Just this message</source>
        <translation>Y neges hon yn unig</translation>
    </message>
    <message>
        <source>Their name, as it will show on the wall</source>
        <translation>Eu henw, fel y bydd yn ymddangos ar y wal</translation>
    </message>
    <message>
        <source>Put on the wall</source>
        <translation>Rhoi ar y wal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Ie, ei dileu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei chadw</translation>
    </message>
    <message>
        <source>{sender}
“{subject}”
{when} — held: {reason}</source>
        <translation>{sender}
“{subject}”
{when} — wedi&apos;i dal yn ôl: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message>
        <source>Nothing is held just now.</source>
        <translation>Does dim byd wedi&apos;i ddal yn ôl ar hyn o bryd.</translation>
    </message>
    <message>
        <source>{count} held. Choose one to read it.</source>
        <translation>{count} wedi&apos;u dal yn ôl. Dewiswch un i&apos;w darllen.</translation>
    </message>
    <message>
        <source>What {sender} wrote:</source>
        <translation>Beth ysgrifennodd {sender}:</translation>
    </message>
    <message>
        <source>(This message has no words, only pictures or attachments.)</source>
        <translation>(Does dim geiriau yn y neges hon, dim ond lluniau neu atodiadau.)</translation>
    </message>
    <message>
        <source>Also add {address} as family</source>
        <translation>Ychwanegu {address} fel teulu hefyd</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>Dewiswch neges yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Please type their name, so the wall can show who it is from.</source>
        <translation>Teipiwch eu henw, fel bod y wal yn gallu dangos gan bwy mae hi.</translation>
    </message>
    <message>
        <source>Putting it on the wall…</source>
        <translation>Yn ei rhoi ar y wal…</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now, and {name} is on the contact list.</source>
        <translation>Mae&apos;r neges gan {sender} ar y wal nawr, ac mae {name} ar y rhestr gysylltiadau.</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now.</source>
        <translation>Mae&apos;r neges gan {sender} ar y wal nawr.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Wnaeth hynny ddim gweithio. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Delete the message from {sender}? It cannot be brought back.</source>
        <translation>Dileu&apos;r neges gan {sender}? Does dim modd ei chael yn ôl.</translation>
    </message>
    <message>
        <source>The message from {sender} has been deleted.</source>
        <translation>Mae&apos;r neges gan {sender} wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Cyflymder</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Araf</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cyflym</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llais</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Rhoi cynnig ar y llais</translation>
    </message>
    <message>
        <source>Loudness of voice messages and videos</source>
        <translation>Uchder sain negeseuon llais a fideos</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Yn chwilio am leisiau…</translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation>Llais arferol y cyfrifiadur</translation>
    </message>
    <message>
        <source>No voices could be found.</source>
        <translation>Doedd dim modd dod o hyd i leisiau.</translation>
    </message>
    <message>
        <source>Hello {name}. This is how I will read your messages.</source>
        <translation>Helo {name}. Fel hyn y bydda i&apos;n darllen eich negeseuon.</translation>
    </message>
    <message>
        <source>About the person using CareLink</source>
        <translation>Am y person sy&apos;n defnyddio CareLink</translation>
    </message>
    <message>
        <source>Their first name</source>
        <translation>Eu henw cyntaf</translation>
    </message>
    <message>
        <source>The language CareLink speaks and writes its emails in (it changes at once)</source>
        <translation>Yr iaith y mae CareLink yn ei siarad ac yn ysgrifennu ei negeseuon e-bost ynddi (mae&apos;n newid ar unwaith)</translation>
    </message>
    <message>
        <source>The country they live in (it sets the emergency number)</source>
        <translation>Y wlad maen nhw&apos;n byw ynddi (mae&apos;n gosod y rhif argyfwng)</translation>
    </message>
    <message>
        <source>Language and country, like en-GB (leave empty for this computer&apos;s)</source>
        <translation>Iaith a gwlad, fel cy-GB (gadewch yn wag i ddefnyddio rhai&apos;r cyfrifiadur hwn)</translation>
    </message>
    <message>
        <source>Emergency number (leave empty for the country&apos;s own)</source>
        <translation>Rhif argyfwng (gadewch yn wag i ddefnyddio un y wlad)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Newid y PIN</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Newid PIN</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>Mae&apos;r PIN wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>Doedd dim modd cadw&apos;r PIN.</translation>
    </message>
    <message>
        <source>Email account</source>
        <translation>Cyfrif e-bost</translation>
    </message>
    <message>
        <source>CareLink reads the family&apos;s messages from this email account and sends replies from it. It is best to make a new address just for CareLink.</source>
        <translation>Mae CareLink yn darllen negeseuon y teulu o&apos;r cyfrif e-bost hwn ac yn anfon atebion ohono. Mae&apos;n well gwneud cyfeiriad newydd ar gyfer CareLink yn unig.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>CareLink keeps passwords only in this computer&apos;s password store, never in its own files.</source>
        <translation>Mae CareLink yn cadw cyfrineiriau yn storfa gyfrineiriau&apos;r cyfrifiadur hwn yn unig, byth yn ei ffeiliau ei hun.</translation>
    </message>
    <message>
        <source>Please save first: Test connection checks the saved account.</source>
        <translation>Cadwch yn gyntaf: mae Profi&apos;r cysylltiad yn gwirio&apos;r cyfrif sydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Checking… this can take up to a minute.</source>
        <translation>Yn gwirio… gall hyn gymryd hyd at funud.</translation>
    </message>
    <message>
        <source>CareLink could not check the email account. Please try again.</source>
        <translation>Doedd CareLink ddim yn gallu gwirio&apos;r cyfrif e-bost. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This is the demo household: its PIN is 1234.</source>
        <translation>Dyma&apos;r cartref demo: ei PIN yw 1234.</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Digid {digit}</translation>
    </message>
    <message>
        <source>The number keys are switched off for a moment.</source>
        <translation>Mae&apos;r bysellau rhif wedi&apos;u diffodd am ychydig.</translation>
    </message>
    <message>
        <source>Please type the 4-digit PIN for Settings.</source>
        <translation>Teipiwch y PIN 4 digid ar gyfer y Gosodiadau, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe.</source>
        <translation>Dewiswch PIN 4 digid sy&apos;n cadw&apos;r Gosodiadau&apos;n ddiogel. Ysgrifennwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>Please type the same PIN again.</source>
        <translation>Teipiwch yr un PIN eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>{count} of 4 digits typed</source>
        <translation>{count} o 4 digid wedi&apos;u teipio</translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose one again.</source>
        <translation>Roedd y ddau PIN yn wahanol. Dewiswch un eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>CareLink could not check the PIN just now. Please try again.</source>
        <translation>Doedd CareLink ddim yn gallu gwirio&apos;r PIN ar hyn o bryd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Dydy&apos;r PIN yna ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Gallwch roi cynnig ar y PIN eto nawr.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times. Please wait {time}, then try again.</source>
        <translation>PIN anghywir {count} gwaith. Arhoswch {time}, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} eiliad</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} munud</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Cau&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Galwadau</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Am y person</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>No carer is set up, so a concern goes to the family instead ({names}). Add a carer in Contacts.</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly mae pryder yn mynd at y teulu yn lle ({names}). Ychwanegwch ofalwr yn Cysylltiadau.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.</source>
        <translation>Does neb wedi&apos;i osod i glywed am bryder. Ychwanegwch ofalwr (a&apos;r teulu) yn Cysylltiadau.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Not known (tap to turn on)</source>
        <translation>Ddim yn hysbys (tapiwch i&apos;w droi ymlaen)</translation>
    </message>
    <message>
        <source>✓ On (tap to turn off)</source>
        <translation>✓ Ymlaen (tapiwch i&apos;w droi i ffwrdd)</translation>
    </message>
    <message>
        <source>Off (tap to turn on)</source>
        <translation>I ffwrdd (tapiwch i&apos;w droi ymlaen)</translation>
    </message>
    <message>
        <source>CareLink cannot tell whether this is on</source>
        <translation>Dydy CareLink ddim yn gwybod a yw hyn ymlaen</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer: a part of CareLink is missing. Please install CareLink again.</source>
        <translation>Does dim modd gwneud taflenni ar y cyfrifiadur hwn: mae rhan o CareLink ar goll. Gosodwch CareLink eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>CareLink could not start a new page of the handout.</source>
        <translation>Doedd CareLink ddim yn gallu dechrau tudalen newydd o&apos;r daflen.</translation>
    </message>
    <message>
        <source>CareLink could not start printing the handout. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>Doedd CareLink ddim yn gallu dechrau argraffu&apos;r daflen. Gwiriwch yr argraffydd (neu&apos;r ffolder ar gyfer y ffeil PDF) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>CareLink — {title}</source>
        <translation>CareLink — {title}</translation>
    </message>
    <message>
        <source>CareLink — practice handout for {name}</source>
        <translation>CareLink — taflen ymarfer i {name}</translation>
    </message>
    <message>
        <source>CareLink — practice handout</source>
        <translation>CareLink — taflen ymarfer</translation>
    </message>
    <message>
        <source>This lesson has {count} steps. Each page shows one step. The part of the screen to use has a yellow ring round it.</source>
        <translation type="vanished">Mae gan y wers hon {count} cam. Mae pob tudalen yn dangos un cam. Mae cylch melyn o gwmpas y rhan o&apos;r sgrin i&apos;w defnyddio.</translation>
    </message>
    <message>
        <source>This lesson has {count} steps, two on each page. In each picture, the part of the screen to use has a thick black ring round it, with the step&apos;s number on its corner.</source>
        <translation>Mae gan y wers hon {count} cam, dau ar bob tudalen. Ym mhob llun, mae cylch du trwchus o gwmpas y rhan o&apos;r sgrin i&apos;w defnyddio, gyda rhif y cam ar ei gornel.</translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation>Er enghraifft: “{words}”</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path} ({reason}). Please choose another folder.</source>
        <translation>Doedd CareLink ddim yn gallu cadw&apos;r daflen fel {path} ({reason}). Dewiswch ffolder arall, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path}.</source>
        <translation>Doedd CareLink ddim yn gallu cadw&apos;r daflen fel {path}.</translation>
    </message>
    <message>
        <source>A handout is being made already. Please wait a moment.</source>
        <translation>Mae taflen yn cael ei gwneud yn barod. Arhoswch eiliad, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The handout could not be made. Please try again.</source>
        <translation>Doedd dim modd gwneud y daflen. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Argraffu&apos;r daflen</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Cafodd yr argraffu ei ganslo.</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>Dangos eto</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Stopio ymarfer</translation>
    </message>
    <message>
        <source>Practise it again</source>
        <translation>Ymarfer eto</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Yn ôl i&apos;r gwersi</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Y wers nesaf</translation>
    </message>
    <message>
        <source>You are practising now. Nothing you do here reaches a real person.</source>
        <translation>Rydych chi&apos;n ymarfer nawr. Does dim yma&apos;n cyrraedd neb go iawn.</translation>
    </message>
    <message>
        <source>Practise with a pretend family.</source>
        <translation>Ymarferwch gyda theulu esgus.</translation>
    </message>
    <message>
        <source>Nothing you do here reaches a real person.</source>
        <translation>Does dim yma&apos;n cyrraedd neb go iawn.</translation>
    </message>
    <message>
        <source>Previous lessons</source>
        <translation>Gwersi blaenorol</translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation>Rhagor o wersi</translation>
    </message>
    <message>
        <source>There are no lessons on this computer.</source>
        <translation>Does dim gwersi ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Modd gweithdy</translation>
    </message>
    <message>
        <source>For the people who run workshops</source>
        <translation>I&apos;r bobl sy&apos;n cynnal gweithdai</translation>
    </message>
    <message>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <source>Practice lesson</source>
        <translation>Gwers ymarfer</translation>
    </message>
    <message>
        <source>CareLink could not start printing the certificate. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>Doedd CareLink ddim yn gallu dechrau argraffu&apos;r dystysgrif. Gwiriwch yr argraffydd (neu&apos;r ffolder ar gyfer y ffeil PDF) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>CareLink — certificate</source>
        <translation>CareLink — tystysgrif</translation>
    </message>
    <message>
        <source>Well done, {name}!</source>
        <translation>Da iawn, {name}!</translation>
    </message>
    <message>
        <source>Today you learned to:</source>
        <translation>Heddiw rydych chi wedi dysgu sut i:</translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation>Tystysgrif i {name}</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Argraffu&apos;r dystysgrif</translation>
    </message>
    <message>
        <source>CareLink could not save the certificate as {path}.</source>
        <translation>Doedd CareLink ddim yn gallu cadw&apos;r dystysgrif fel {path}.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Da iawn!</translation>
    </message>
    <message>
        <source>You have finished: {title}.</source>
        <translation>Rydych chi wedi gorffen: {title}.</translation>
    </message>
    <message>
        <source>Nothing to press just now. Wait a moment: it happens by itself.</source>
        <translation>Does dim i&apos;w bwyso ar hyn o bryd. Arhoswch eiliad: mae&apos;n digwydd ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>When you have read this, tap Next.</source>
        <translation>Pan fyddwch wedi darllen hwn, tapiwch Nesaf.</translation>
    </message>
    <message>
        <source>Wait a moment, then do what the words at the bottom say.</source>
        <translation>Arhoswch eiliad, yna gwnewch beth mae&apos;r geiriau ar y gwaelod yn ei ddweud.</translation>
    </message>
    <message>
        <source>Nearly! Tap the part with the yellow ring around it.</source>
        <translation>Bron! Tapiwch y rhan gyda&apos;r cylch melyn o&apos;i chwmpas.</translation>
    </message>
    <message>
        <source>To stop practising, tap Stop practising.</source>
        <translation>I stopio ymarfer, tapiwch Stopio ymarfer.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>wedi gorffen</translation>
    </message>
    <message>
        <source>stopped at step {step} of {steps}</source>
        <translation type="vanished">wedi stopio ar gam {step} o {steps}</translation>
    </message>
    <message>
        <source>on step {step} of {steps}</source>
        <translation type="vanished">ar gam {step} o {steps}</translation>
    </message>
    <message>
        <source>stopped after {done} of {steps} steps</source>
        <translation>wedi stopio ar ôl {done} o {steps} cam</translation>
    </message>
    <message>
        <source>{done} of {steps} steps done so far</source>
        <translation>{done} o {steps} cam wedi&apos;u gwneud hyd yma</translation>
    </message>
    <message>
        <source>{learner}: {lesson}, {how} ({time})</source>
        <translation>{learner}: {lesson}, {how} ({time})</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Gadael modd gweithdy</translation>
    </message>
    <message>
        <source>1. Choose a lesson</source>
        <translation type="vanished">1. Dewiswch wers</translation>
    </message>
    <message>
        <source>2. Type the learner&apos;s first name</source>
        <translation type="vanished">2. Teipiwch enw cyntaf y dysgwr</translation>
    </message>
    <message>
        <source>The learner&apos;s first name</source>
        <translation>Enw cyntaf y dysgwr</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>Dechrau&apos;r wers</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Argraffu taflen</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Cadw&apos;r daflen fel PDF</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Dysgwyr</translation>
    </message>
    <message>
        <source>Reset the pretend family (between learners)</source>
        <translation>Ailosod y teulu esgus (rhwng dysgwyr)</translation>
    </message>
    <message>
        <source>Forget the list of learners</source>
        <translation>Anghofio&apos;r rhestr o ddysgwyr</translation>
    </message>
    <message>
        <source>Certificate for this learner</source>
        <translation>Tystysgrif i&apos;r dysgwr hwn</translation>
    </message>
    <message>
        <source>To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).</source>
        <translation>I adael modd gweithdy, pwyswch Gadael modd gweithdy a theipio&apos;r PIN (neu pwyswch Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation>Dechrau gwers</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Later learners</source>
        <translation>Dysgwyr diweddarach</translation>
    </message>
    <message>
        <source>Earlier learners</source>
        <translation>Dysgwyr cynharach</translation>
    </message>
    <message>
        <source>Please choose a lesson first.</source>
        <translation>Dewiswch wers yn gyntaf, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name (up to 30 letters).</source>
        <translation>Teipiwch enw cyntaf y dysgwr (hyd at 30 llythyren).</translation>
    </message>
    <message>
        <source>Carry on from step {step}</source>
        <translation>Parhau o gam {step}</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Print the certificate.</source>
        <translation>Teipiwch enw cyntaf y dysgwr, yna tapiwch Argraffu&apos;r dystysgrif.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Certificate for this learner.</source>
        <translation>Teipiwch enw cyntaf y dysgwr, yna tapiwch Tystysgrif i&apos;r dysgwr hwn.</translation>
    </message>
    <message>
        <source>Handout: {lesson}</source>
        <translation>Taflen: {lesson}</translation>
    </message>
    <message>
        <source>Certificate: {learner}</source>
        <translation>Tystysgrif: {learner}</translation>
    </message>
    <message>
        <source>Yes, forget every learner</source>
        <translation>Ie, anghofio pob dysgwr</translation>
    </message>
    <message>
        <source>This forgets how every learner got on. Tap Yes, forget every learner to do it.</source>
        <translation>Mae hyn yn anghofio sut aeth hi i bob dysgwr. Tapiwch Ie, anghofio pob dysgwr i wneud hynny.</translation>
    </message>
    <message>
        <source>The list of learners is empty now ({count} forgotten).</source>
        <translation>Mae&apos;r rhestr o ddysgwyr yn wag nawr ({count} wedi&apos;u hanghofio).</translation>
    </message>
    <message>
        <source>Nobody has practised yet.</source>
        <translation>Does neb wedi ymarfer eto.</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer.</source>
        <translation>Does dim modd gwneud taflenni ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Making the handout… this takes a few seconds.</source>
        <translation>Yn gwneud y daflen… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}</source>
        <translation>Mae&apos;r daflen wedi&apos;i chadw yn {path}</translation>
    </message>
    <message>
        <source>The handout went to the printer.</source>
        <translation>Mae&apos;r daflen wedi mynd i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The certificate went to the printer.</source>
        <translation>Mae&apos;r dystysgrif wedi mynd i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The certificate is saved in {path}</source>
        <translation>Mae&apos;r dystysgrif wedi&apos;i chadw yn {path}</translation>
    </message>
    <message>
        <source>The pretend family is fresh again: their messages are back as they were, ready for the next learner.</source>
        <translation>Mae&apos;r teulu esgus fel newydd eto: mae eu negeseuon yn ôl fel yr oedden nhw, yn barod i&apos;r dysgwr nesaf.</translation>
    </message>
    <message>
        <source>The practice could not start. Please try again, or reset the practice family.</source>
        <translation>Doedd dim modd dechrau&apos;r ymarfer. Rhowch gynnig arall arni, neu ailosodwch y teulu ymarfer.</translation>
    </message>
    <message>
        <source>Please finish the lesson on show first.</source>
        <translation>Gorffennwch y wers sydd ar y sgrin yn gyntaf, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The practice family could not be reset.</source>
        <translation>Doedd dim modd ailosod y teulu ymarfer.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>ychydig eiliadau</translation>
    </message>
    <message>
        <source>about a quarter of a minute</source>
        <translation>tua chwarter munud</translation>
    </message>
    <message>
        <source>half a minute</source>
        <translation>hanner munud</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>tua munud</translation>
    </message>
    <message>
        <source>a minute and a half</source>
        <translation>munud a hanner</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>tua {count} munud</translation>
    </message>
    <message>
        <source>about an hour</source>
        <translation>tua awr</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>tua {count} awr</translation>
    </message>
    <message>
        <source>a voice message</source>
        <translation>neges llais</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>fideo</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>dogfen</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>cerdyn cyswllt</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>taenlen</translation>
    </message>
    <message>
        <source>a slide show</source>
        <translation>sioe sleidiau</translation>
    </message>
    <message>
        <source>a folder of files</source>
        <translation>ffolder o ffeiliau</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>A voice message from {name}</source>
        <translation>Neges llais gan {name}</translation>
    </message>
    <message>
        <source>A video from {name}</source>
        <translation>Fideo gan {name}</translation>
    </message>
    <message>
        <source>A document from {name}</source>
        <translation>Dogfen gan {name}</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that was too big for CareLink to keep. Ask the family to help.</source>
        <translation>Anfonodd {name} {thing} ({file}) hefyd, oedd yn rhy fawr i CareLink ei gadw. Gofynnwch i&apos;r teulu helpu.</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that CareLink can&apos;t show. Ask the family to help.</source>
        <translation>Anfonodd {name} {thing} ({file}) hefyd, ond dydy CareLink ddim yn gallu ei dangos. Gofynnwch i&apos;r teulu helpu.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to hear it.</source>
        <translation>Anfonodd {name} {thing}, {length} o hyd. Pwyswch Chwarae i wrando.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to watch it.</source>
        <translation>Anfonodd {name} {thing}, {length} o hyd. Pwyswch Chwarae i wylio.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to hear it.</source>
        <translation>Anfonodd {name} {thing}. Pwyswch Chwarae i wrando.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to watch it.</source>
        <translation>Anfonodd {name} {thing}. Pwyswch Chwarae i wylio.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {file}, shown on the card.</source>
        <translation>Anfonodd {name} {thing}, {file}, sydd i&apos;w weld ar y cerdyn.</translation>
    </message>
    <message>
        <source>This photo could not be shown</source>
        <translation>Doedd dim modd dangos y llun hwn</translation>
    </message>
    <message>
        <source>Scroll the message up</source>
        <translation>Symud i fyny&apos;r neges</translation>
    </message>
    <message>
        <source>Scroll the message down</source>
        <translation>Symud i lawr y neges</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Galw&apos;n ôl</translation>
    </message>
    <message>
        <source>{name} wanted a video call, {when}.</source>
        <translation>Roedd {name} eisiau galwad fideo, {when}.</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to see it large.</source>
        <translation>Llun gan {name}. Tapiwch i&apos;w weld yn fawr.</translation>
    </message>
    <message>
        <source>Photo {number} of {total} from {name}. Tap to see it large.</source>
        <translation>Llun {number} o {total} gan {name}. Tapiwch i&apos;w weld yn fawr.</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Y neges flaenorol</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Ateb y neges hon</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Y neges nesaf</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} o {total}</translation>
    </message>
    <message>
        <source>Message {number} of {total}</source>
        <translation>Neges {number} o {total}</translation>
    </message>
    <message>
        <source>{count} of the {total} photos could not be shown.</source>
        <translation>Doedd dim modd dangos {count} o&apos;r {total} llun.</translation>
    </message>
    <message>
        <source>A photo came with this message but could not be shown.</source>
        <translation>Daeth llun gyda&apos;r neges hon ond doedd dim modd ei ddangos.</translation>
    </message>
    <message>
        <source>{count} photos came with this message but could not be shown.</source>
        <translation>Daeth {count} llun gyda&apos;r neges hon ond doedd dim modd eu dangos.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heddiw {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heddiw am {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ddoe {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ddoe am {time}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>There is a photo with this message.</source>
        <translation>Mae llun gyda&apos;r neges hon.</translation>
    </message>
    <message>
        <source>There are {count} photos with this message.</source>
        <translation>Mae {count} llun gyda&apos;r neges hon.</translation>
    </message>
    <message>
        <source>From {name}, {when}.</source>
        <translation>Gan {name}, {when}.</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Chwarae</translation>
    </message>
    <message>
        <source>▶  Play the voice message</source>
        <translation>▶  Chwarae&apos;r neges llais</translation>
    </message>
    <message>
        <source>▶  Play the video</source>
        <translation>▶  Chwarae&apos;r fideo</translation>
    </message>
    <message>
        <source>This voice message can&apos;t be played on this computer.</source>
        <translation>Does dim modd chwarae&apos;r neges llais hon ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This video can&apos;t be played on this computer.</source>
        <translation>Does dim modd chwarae&apos;r fideo hwn ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Ask the family to help.</source>
        <translation>Gofynnwch i&apos;r teulu helpu.</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>◀  Previous page</source>
        <translation type="vanished">◀  Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page  ▶</source>
        <translation type="vanished">Tudalen nesaf  ▶</translation>
    </message>
    <message>
        <source>A document from {name}: {file}</source>
        <translation>Dogfen gan {name}: {file}</translation>
    </message>
    <message>
        <source>This document can&apos;t be shown on this computer. Ask the family to help.</source>
        <translation>Does dim modd dangos y ddogfen hon ar y cyfrifiadur hwn. Gofynnwch i&apos;r teulu helpu.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Tudalen {number} o {total}</translation>
    </message>
    <message>
        <source>Page {number} of {total} of the document {file}</source>
        <translation>Tudalen {number} o {total} o&apos;r ddogfen {file}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Cau&apos;r llun</translation>
    </message>
    <message>
        <source>Photo from {name}</source>
        <translation>Llun gan {name}</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to close it.</source>
        <translation>Llun gan {name}. Tapiwch i&apos;w gau.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Diolch!</translation>
    </message>
    <message>
        <source>Lovely!</source>
        <translation>Hyfryd!</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Ffonia fi, plis</translation>
    </message>
    <message>
        <source>Love you</source>
        <translation>Caru ti</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Wedi&apos;i anfon ✓</translation>
    </message>
    <message>
        <source>Will send when the connection is back</source>
        <translation>Bydd yn anfon pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>This reply could not be delivered. Your family can see why in Settings.</source>
        <translation>Doedd dim modd danfon yr ateb hwn. Gall eich teulu weld pam yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Sorry, the reply could not be saved. Please try again.</source>
        <translation>Mae&apos;n ddrwg gennym, doedd dim modd cadw&apos;r ateb. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Reply “{words}”</source>
        <translation>Ateb “{words}”</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Ysgrifennu ateb</translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation>Eich ateb i {name}:</translation>
    </message>
    <message>
        <source>Your reply to {name}</source>
        <translation>Eich ateb i {name}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Negeseuon</translation>
    </message>
    <message>
        <source>No messages yet. When your family writes, their messages will appear here.</source>
        <translation>Dim negeseuon eto. Pan fydd eich teulu&apos;n ysgrifennu, bydd eu negeseuon yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>Sorry, this message could not be shown.</source>
        <translation>Mae&apos;n ddrwg gennym, doedd dim modd dangos y neges hon.</translation>
    </message>
    <message>
        <source>{screen}, {number} of {total}</source>
        <translation>{screen}, {number} o {total}</translation>
    </message>
    <message>
        <source>A new message has arrived. Press Previous to see it.</source>
        <translation>Mae neges newydd wedi cyrraedd. Pwyswch Blaenorol i&apos;w gweld.</translation>
    </message>
    <message>
        <source>{count} new messages have arrived. Press Previous to see them.</source>
        <translation>Mae {count} neges newydd wedi cyrraedd. Pwyswch Blaenorol i&apos;w gweld.</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Ysgrifennwch rywbeth i&apos;w anfon, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yn anfon…</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Llun o {name}</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Eu llun</translation>
    </message>
    <message>
        <source>Their initials, {initials}</source>
        <translation>Eu llythrennau cyntaf, {initials}</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation type="vanished">Dydw i ddim yn dda</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation type="vanished">Rwy&apos;n unig neu&apos;n isel</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation type="vanished">Problem gyda fy ngofal</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation type="vanished">Mae rhywun yn fy mhoeni</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation type="vanished">Mae rhywbeth wedi torri gartref</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="vanished">Rhywbeth arall</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>{when} — New</source>
        <translation>{when} — Newydd</translation>
    </message>
    <message>
        <source>It is {date}.</source>
        <translation>Heddiw yw {date}.</translation>
    </message>
    <message>
        <source>Practice — nothing is sent to anyone</source>
        <translation>Ymarfer — does dim yn cael ei anfon at neb</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The folder {folder} is not CareLink&apos;s practice household, so CareLink leaves it alone. Move it, or use another data folder for workshops.</source>
        <translation>Nid cartref ymarfer CareLink yw&apos;r ffolder {folder}, felly mae CareLink yn ei adael yn llonydd. Symudwch ef, neu defnyddiwch ffolder data arall ar gyfer gweithdai.</translation>
    </message>
    <message>
        <source>CareLink could not clear the practice household ({problem}). Close the tutorial and try again.</source>
        <translation>Doedd CareLink ddim yn gallu clirio&apos;r cartref ymarfer ({problem}). Caewch y tiwtorial a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address. It should look like sarah@example.com.</source>
        <translation>Nid cyfeiriad e-bost yw &apos;{address}&apos;. Dylai edrych fel sarah@example.com.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification in the Google Account, then make an app password under Security → App passwords, and type that here instead of the usual password.</source>
        <translation>Trowch Ddilysu 2-Gam ymlaen yn y Cyfrif Google, yna gwnewch gyfrinair ap o dan Diogelwch → Cyfrineiriau ap, a&apos;i deipio yma yn lle&apos;r cyfrinair arferol.</translation>
    </message>
    <message>
        <source>In Yahoo&apos;s Account Security page choose &apos;Generate app password&apos; and type that here.</source>
        <translation>Ar dudalen Diogelwch Cyfrif Yahoo dewiswch &apos;Cynhyrchu cyfrinair ap&apos; a&apos;i deipio yma.</translation>
    </message>
    <message>
        <source>At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.</source>
        <translation>Ar appleid.apple.com, o dan Mewngofnodi a Diogelwch, dewiswch Gyfrineiriau Penodol i Ap a gwneud un.</translation>
    </message>
    <message>
        <source>In Fastmail&apos;s Settings → Privacy &amp; Security → Manage app passwords, make one for &apos;Mail (IMAP/SMTP)&apos;.</source>
        <translation>Yng Ngosodiadau Fastmail → Preifatrwydd a Diogelwch → Rheoli cyfrineiriau ap, gwnewch un ar gyfer &apos;Mail (IMAP/SMTP)&apos;.</translation>
    </message>
    <message>
        <source>In GMX&apos;s settings, allow POP3/IMAP access first; then use the usual GMX password here.</source>
        <translation>Yng ngosodiadau GMX, caniatewch fynediad POP3/IMAP yn gyntaf; yna defnyddiwch y cyfrinair GMX arferol yma.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server name for {which}. It looks like imap.example.com.</source>
        <translation>Nid enw gweinydd ar gyfer {which} yw &apos;{value}&apos;. Mae&apos;n edrych fel imap.example.com.</translation>
    </message>
    <message>
        <source>The {which} port must be between 1 and 65535; {default} is usual.</source>
        <translation>Rhaid i borth {which} fod rhwng 1 a 65535; {default} sy&apos;n arferol.</translation>
    </message>
    <message>
        <source>Security must be ssl or starttls (or none, only for a server on this computer).</source>
        <translation>Rhaid i&apos;r diogelwch fod yn ssl neu starttls (neu none, dim ond ar gyfer gweinydd ar y cyfrifiadur hwn).</translation>
    </message>
    <message>
        <source>CareLink only talks to mail servers over a secure connection (ssl or starttls). &apos;none&apos; is allowed only for a server on this computer.</source>
        <translation>Dim ond dros gysylltiad diogel (ssl neu starttls) y mae CareLink yn siarad â gweinyddion e-bost. Dim ond ar gyfer gweinydd ar y cyfrifiadur hwn y caniateir &apos;none&apos;.</translation>
    </message>
    <message>
        <source>That user name has characters a mail server would not accept.</source>
        <translation>Mae gan yr enw defnyddiwr hwnnw nodau na fyddai gweinydd e-bost yn eu derbyn.</translation>
    </message>
    <message>
        <source>The {which} port must be a number, like {default}.</source>
        <translation>Rhaid i borth {which} fod yn rhif, fel {default}.</translation>
    </message>
    <message>
        <source>The mail server is answering too slowly; CareLink will try again.</source>
        <translation>Mae&apos;r gweinydd e-bost yn ateb yn rhy araf; bydd CareLink yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The email server did not accept the password. Many providers need an app password for programs like CareLink; the setup screen says how to make one.</source>
        <translation>Wnaeth y gweinydd e-bost ddim derbyn y cyfrinair. Mae angen cyfrinair ap ar lawer o ddarparwyr ar gyfer rhaglenni fel CareLink; mae&apos;r sgrin osod yn dweud sut i wneud un.</translation>
    </message>
    <message>
        <source>No internet connection, or the mail server {host} is not answering. CareLink will try again later.</source>
        <translation>Does dim cysylltiad â&apos;r rhyngrwyd, neu dydy&apos;r gweinydd e-bost {host} ddim yn ateb. Bydd CareLink yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The mail server gave an answer CareLink did not understand. CareLink will try again later.</source>
        <translation>Rhoddodd y gweinydd e-bost ateb nad oedd CareLink yn ei ddeall. Bydd CareLink yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>CareLink has no password saved for this email account. Type it again in the email settings.</source>
        <translation>Does gan CareLink ddim cyfrinair wedi&apos;i gadw ar gyfer y cyfrif e-bost hwn. Teipiwch ef eto yn y gosodiadau e-bost.</translation>
    </message>
    <message>
        <source>The mail server could not check the password just now. CareLink will try again later.</source>
        <translation>Doedd y gweinydd e-bost ddim yn gallu gwirio&apos;r cyfrinair ar hyn o bryd. Bydd CareLink yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The email server cannot take a password with letters like é or ü. Make an app password for CareLink instead.</source>
        <translation>Dydy&apos;r gweinydd e-bost ddim yn gallu derbyn cyfrinair gyda llythrennau fel é neu ü. Gwnewch gyfrinair ap ar gyfer CareLink yn lle.</translation>
    </message>
    <message>
        <source>The mail folder &apos;{folder}&apos; was not found on the server.</source>
        <translation>Doedd dim modd dod o hyd i&apos;r ffolder e-bost &apos;{folder}&apos; ar y gweinydd.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer a secure connection on port {port}. Check the port and security setting.</source>
        <translation>Dydy&apos;r gweinydd e-bost {host} ddim yn cynnig cysylltiad diogel ar borth {port}. Gwiriwch y porth a&apos;r gosodiad diogelwch.</translation>
    </message>
    <message>
        <source>The email server wants a password, and CareLink has none saved. Type it again in the email settings.</source>
        <translation>Mae&apos;r gweinydd e-bost eisiau cyfrinair, a does gan CareLink ddim un wedi&apos;i gadw. Teipiwch ef eto yn y gosodiadau e-bost.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer what CareLink needs to send (a way to sign in, or addresses with non-English letters). Check the server settings.</source>
        <translation>Dydy&apos;r gweinydd e-bost {host} ddim yn cynnig yr hyn sydd ei angen ar CareLink i anfon (ffordd o fewngofnodi, neu gyfeiriadau gyda llythrennau nad ydyn nhw&apos;n Saesneg). Gwiriwch osodiadau&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}. Check that address.</source>
        <translation>Wnaeth y gweinydd e-bost ddim danfon at {addresses}. Gwiriwch y cyfeiriad hwnnw.</translation>
    </message>
    <message>
        <source>The mail server refused this message. It may be too large, or the server does not allow this sender.</source>
        <translation>Gwrthododd y gweinydd e-bost y neges hon. Efallai ei bod yn rhy fawr, neu dydy&apos;r gweinydd ddim yn caniatáu&apos;r anfonwr hwn.</translation>
    </message>
    <message>
        <source>The mail server {host} could not prove who it is (its certificate is not trusted), so CareLink did not send it anything. Check the server name.</source>
        <translation>Doedd y gweinydd e-bost {host} ddim yn gallu profi pwy ydyw (does dim modd ymddiried yn ei dystysgrif), felly wnaeth CareLink ddim anfon dim ato. Gwiriwch enw&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>CareLink could not make a secure connection to {host} on port {port}. Check the port and security setting, or try again later.</source>
        <translation>Doedd CareLink ddim yn gallu gwneud cysylltiad diogel â {host} ar borth {port}. Gwiriwch y porth a&apos;r gosodiad diogelwch, neu rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>CareLink could not find the mail server {host}. Check the server name, or the internet connection.</source>
        <translation>Doedd CareLink ddim yn gallu dod o hyd i&apos;r gweinydd e-bost {host}. Gwiriwch enw&apos;r gweinydd, neu&apos;r cysylltiad â&apos;r rhyngrwyd.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}; the other people got it. Check that address.</source>
        <translation>Wnaeth y gweinydd e-bost ddim danfon at {addresses}; cafodd y bobl eraill hi. Gwiriwch y cyfeiriad hwnnw.</translation>
    </message>
    <message>
        <source>The mail server cannot take mail for {addresses} just now. CareLink will try again later.</source>
        <translation>Dydy&apos;r gweinydd e-bost ddim yn gallu derbyn e-bost ar gyfer {addresses} ar hyn o bryd. Bydd CareLink yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The mail server is busy and could not take the message just now. CareLink will try again later.</source>
        <translation>Mae&apos;r gweinydd e-bost yn brysur a doedd e ddim yn gallu derbyn y neges ar hyn o bryd. Bydd CareLink yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Gosodiadau: {settings}</translation>
    </message>
    <message>
        <source>CareLink: keep in touch with family.</source>
        <translation>CareLink: cadw mewn cysylltiad â&apos;r teulu.</translation>
    </message>
    <message>
        <source>where the household&apos;s data lives (default: your user data folder; or set CARELINK_DATA_DIR)</source>
        <translation>lle mae data&apos;r cartref (fel arfer: eich ffolder data defnyddiwr; neu gosodwch CARELINK_DATA_DIR)</translation>
    </message>
    <message>
        <source>use the demo household with a pretend family</source>
        <translation>defnyddio&apos;r cartref enghreifftiol gyda theulu esgus</translation>
    </message>
    <message>
        <source>start CareLink&apos;s window (the default)</source>
        <translation>agor ffenestr CareLink (fel arfer)</translation>
    </message>
    <message>
        <source>fill the whole screen</source>
        <translation>llenwi&apos;r sgrin gyfan</translation>
    </message>
    <message>
        <source>open the workshop tutorial</source>
        <translation>agor y gweithdy dysgu</translation>
    </message>
    <message>
        <source>add, list or remove contacts</source>
        <translation>ychwanegu, rhestru neu dynnu cysylltiadau</translation>
    </message>
    <message>
        <source>add a contact</source>
        <translation>ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>this carer is the backup carer</source>
        <translation>y gofalwr hwn yw&apos;r gofalwr wrth gefn</translation>
    </message>
    <message>
        <source>a JPEG, PNG or GIF picture of them</source>
        <translation>llun ohonyn nhw ar ffurf JPEG, PNG neu GIF</translation>
    </message>
    <message>
        <source>their own video-call link (https://…) or phone number; without it, calls use a Jitsi Meet room made for them</source>
        <translation>eu dolen galwad fideo eu hunain (https://…) neu rif ffôn; hebddo, mae galwadau&apos;n defnyddio ystafell Jitsi Meet a wnaed ar eu cyfer</translation>
    </message>
    <message>
        <source>their calls answer by themselves after 10 s</source>
        <translation>mae eu galwadau&apos;n ateb eu hunain ar ôl 10 e</translation>
    </message>
    <message>
        <source>their phone number (a carer&apos;s is shown when a concern cannot be sent)</source>
        <translation>eu rhif ffôn (mae rhif gofalwr yn cael ei ddangos pan nad oes modd anfon pryder)</translation>
    </message>
    <message>
        <source>the language of the emails CareLink sends them, like cy or de (default: the household&apos;s)</source>
        <translation>iaith yr e-byst mae CareLink yn eu hanfon atyn nhw, fel cy neu de (fel arfer: iaith y cartref)</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>rhestru cysylltiadau</translation>
    </message>
    <message>
        <source>remove a contact</source>
        <translation>tynnu cyswllt</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>darllen neu newid gosodiad</translation>
    </message>
    <message>
        <source>show a setting</source>
        <translation>dangos gosodiad</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>newid gosodiad</translation>
    </message>
    <message>
        <source>answer yes to its question (photos.keep_originals off: remove the originals kept so far)</source>
        <translation>ateb ie i’w gwestiwn (photos.keep_originals off: tynnu’r rhai gwreiddiol a gadwyd hyd yma)</translation>
    </message>
    <message>
        <source>Added {name} ({email}) as contact {id}.</source>
        <translation>Wedi ychwanegu {name} ({email}) fel cyswllt {id}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Wedi tynnu {name}.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>gofalwr wrth gefn</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>ffôn {number}</translation>
    </message>
    <message>
        <source>CareLink could not use its data folder: {problem}.</source>
        <translation>Doedd CareLink ddim yn gallu defnyddio ei ffolder data: {problem}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy with a call just now, so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation>Mae ffenestr CareLink yn brysur gyda galwad ar hyn o bryd, felly dydy&apos;r alwad hon ddim wedi dechrau a dydy {name} ddim wedi cael gwahoddiad. Rhowch gynnig arall arni pan fydd yn rhydd.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in a lesson just now, so this call was not started and {name} was not invited. Please try again when the lesson is over.</source>
        <translation>Mae ffenestr CareLink yng nghanol gwers ar hyn o bryd, felly dydy&apos;r alwad hon ddim wedi dechrau a dydy {name} ddim wedi cael gwahoddiad. Rhowch gynnig arall arni pan fydd y wers drosodd.</translation>
    </message>
    <message>
        <source>CareLink is still being set up in its window, so this call was not started and {name} was not invited. Please finish setting it up first.</source>
        <translation>Mae CareLink yn dal i gael ei osod yn ei ffenestr, felly dydy&apos;r alwad hon ddim wedi dechrau a dydy {name} ddim wedi cael gwahoddiad. Gorffennwch ei osod yn gyntaf.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is showing the demo with its pretend family, not this household, so this call was not started and {name} was not invited.</source>
        <translation>Mae ffenestr CareLink yn dangos y demo gyda&apos;i deulu esgus, nid y cartref hwn, felly dydy&apos;r alwad hon ddim wedi dechrau a dydy {name} ddim wedi cael gwahoddiad.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>heb ei anfon</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>wedi&apos;i weld</translation>
    </message>
    <message>
        <source>sent to the backup too</source>
        <translation>wedi&apos;i anfon at y gofalwr wrth gefn hefyd</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>pryder</translation>
    </message>
    <message>
        <source>call invite</source>
        <translation>gwahoddiad i alwad</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Rwy&apos;n iawn heddiw</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ateb</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>Concern {reference} is kept; your family can see it in &apos;carelink outbox&apos;.</source>
        <translation>Mae pryder {reference} wedi&apos;i gadw; gall eich teulu ei weld yn &apos;carelink outbox&apos;.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}. ({why}{kept})</source>
        <translation>Doedd CareLink ddim yn gallu anfon hwn. Ffoniwch {name}, os gwelwch yn dda. ({why}{kept})</translation>
    </message>
    <message>
        <source>The mail server said: {reason} </source>
        <translation>Dywedodd y gweinydd e-bost: {reason} </translation>
    </message>
    <message>
        <source>CareLink could not tell the family: the mail server refused it. {why}Please phone them instead.</source>
        <translation>Doedd CareLink ddim yn gallu dweud wrth y teulu: gwrthododd y gweinydd e-bost y neges. {why}Ffoniwch nhw yn lle, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>report a concern to the carer</source>
        <translation>rhannu pryder gyda&apos;r gofalwr</translation>
    </message>
    <message>
        <source>send a concern to the carer</source>
        <translation>anfon pryder at y gofalwr</translation>
    </message>
    <message>
        <source>the person&apos;s own words</source>
        <translation>geiriau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>they would like the carer to call</source>
        <translation>hoffen nhw i&apos;r gofalwr ffonio</translation>
    </message>
    <message>
        <source>list concerns and how far they have got</source>
        <translation>rhestru pryderon a pha mor bell maen nhw wedi mynd</translation>
    </message>
    <message>
        <source>tell the family &quot;I&apos;m OK today&quot;</source>
        <translation>dweud wrth y teulu &quot;Rwy&apos;n iawn heddiw&quot;</translation>
    </message>
    <message>
        <source>start a video call with a contact (sends them an invite)</source>
        <translation>dechrau galwad fideo gyda chyswllt (yn anfon gwahoddiad atyn nhw)</translation>
    </message>
    <message>
        <source>send the invite but do not open the call here</source>
        <translation>anfon y gwahoddiad ond peidio ag agor yr alwad yma</translation>
    </message>
    <message>
        <source>No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Does dim gofalwr wedi&apos;i osod, felly mae&apos;r pryder hwn yn mynd at y teulu yn lle hynny: {names}. (Ychwanegwch ofalwr gyda &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})</source>
        <translation>Doedd CareLink ddim yn gallu anfon hwn. Ffoniwch {name} ar {phone}, os gwelwch yn dda. ({why}{kept})</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work, so it was sent to {others} instead. (Concern {reference})</source>
        <translation>Doedd cyfeiriad e-bost {name} ddim yn gweithio, felly cafodd ei anfon at {others} yn lle hynny. (Pryder {reference})</translation>
    </message>
    <message>
        <source>, seen by {name}</source>
        <translation>, wedi&apos;i weld gan {name}</translation>
    </message>
    <message>
        <source>Stored at {time}, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Wedi&apos;i gadw am {time}, heb ei anfon: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Sent to {name}. (Concern {reference})</source>
        <translation>Wedi&apos;i anfon at {name}. (Pryder {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: another CareLink on this computer is telling the family.</source>
        <translation>Wedi&apos;i gadw am {time}: mae CareLink arall ar y cyfrifiadur hwn yn dweud wrth y teulu.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window. {name} is sent the invite as soon as it has opened there.</source>
        <translation>Mae&apos;r alwad yn agor yn ffenestr CareLink. Bydd {name} yn cael y gwahoddiad cyn gynted ag y bydd wedi agor yno.</translation>
    </message>
    <message>
        <source>The invite to {name} was not sent: {why}. Phone them to say you are calling.</source>
        <translation>Chafodd y gwahoddiad i {name} mo&apos;i anfon: {why}. Ffoniwch nhw i ddweud eich bod yn galw.</translation>
    </message>
    <message>
        <source>The call could not be opened here: open the link below in a web browser.</source>
        <translation>Doedd dim modd agor yr alwad yma: agorwch y ddolen isod mewn porwr gwe.</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work; it will be sent to {others} when the connection is back. (Concern {reference})</source>
        <translation>Doedd cyfeiriad e-bost {name} ddim yn gweithio; bydd yn cael ei anfon at {others} pan fydd y cysylltiad yn ôl. (Pryder {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: the family will be told when the connection is back.</source>
        <translation>Wedi&apos;i gadw am {time}: bydd y teulu&apos;n cael gwybod pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>Told the family you&apos;re OK at {time}.</source>
        <translation>Wedi dweud wrth y teulu eich bod chi&apos;n iawn am {time}.</translation>
    </message>
    <message>
        <source>The invite to {name} could not be sent. {why}Phone them to say you are calling.</source>
        <translation>Doedd dim modd anfon y gwahoddiad i {name}. {why}Ffoniwch nhw i ddweud eich bod yn galw.</translation>
    </message>
    <message>
        <source>Invited {name} to the call (the invite will go when the connection is back).</source>
        <translation>Wedi gwahodd {name} i&apos;r alwad (bydd y gwahoddiad yn mynd pan fydd y cysylltiad yn ôl).</translation>
    </message>
    <message>
        <source>Invited {name} to the call.</source>
        <translation>Wedi gwahodd {name} i&apos;r alwad.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})</source>
        <translation>Wedi&apos;i gadw, heb ei anfon: {why}. Bydd yn cael ei anfon at {name} unwaith y bydd hynny wedi&apos;i wneud. (Pryder {reference})</translation>
    </message>
    <message>
        <source>Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})</source>
        <translation>Wedi&apos;i gadw: mae CareLink arall ar y cyfrifiadur hwn yn ei anfon at {name}. (Pryder {reference})</translation>
    </message>
    <message>
        <source>Stored: it will be sent to {name} when the connection is back. (Concern {reference})</source>
        <translation>Wedi&apos;i gadw: bydd yn cael ei anfon at {name} pan fydd y cysylltiad yn ôl. (Pryder {reference})</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Chafodd dim cyfrinair ei roi ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Saved the email account {address}. &apos;carelink sync --once&apos; fetches the mail.</source>
        <translation>Wedi cadw&apos;r cyfrif e-bost {address}. Mae &apos;carelink sync --once&apos; yn nôl y post.</translation>
    </message>
    <message>
        <source>{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.</source>
        <translation>{new} newydd, {held} wedi&apos;u dal i&apos;r teulu, {sent} wedi&apos;u hanfon, {waiting} yn aros i gael eu hanfon.</translation>
    </message>
    <message>
        <source>Email is not set up yet. Use &apos;carelink setup email&apos; first.</source>
        <translation>Dydy&apos;r e-bost ddim wedi&apos;i osod eto. Defnyddiwch &apos;carelink setup email&apos; yn gyntaf.</translation>
    </message>
    <message>
        <source>set up the email account</source>
        <translation>gosod y cyfrif e-bost</translation>
    </message>
    <message>
        <source>the email account CareLink reads and sends with</source>
        <translation>y cyfrif e-bost mae CareLink yn darllen ac yn anfon gydag ef</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>darllen y cyfrinair o&apos;r mewnbwn safonol</translation>
    </message>
    <message>
        <source>also set the Settings PIN, read from standard input (after the password&apos;s line)</source>
        <translation>gosod PIN y Gosodiadau hefyd, wedi&apos;i ddarllen o&apos;r mewnbwn safonol (ar ôl llinell y cyfrinair)</translation>
    </message>
    <message>
        <source>fetch new mail and send the outbox</source>
        <translation>nôl post newydd ac anfon yr hyn sy&apos;n aros</translation>
    </message>
    <message>
        <source>one pass, then stop (exit 1 if the server is unreachable)</source>
        <translation>unwaith, yna stopio (cod 1 os nad oes modd cyrraedd y gweinydd)</translation>
    </message>
    <message>
        <source>list the messages on the wall</source>
        <translation>rhestru&apos;r negeseuon ar y wal</translation>
    </message>
    <message>
        <source>list, approve or reject mail held from unknown senders</source>
        <translation>rhestru, derbyn neu wrthod post wedi&apos;i ddal yn ôl gan anfonwyr anhysbys</translation>
    </message>
    <message>
        <source>put a held message on the wall</source>
        <translation>rhoi neges wedi&apos;i dal yn ôl ar y wal</translation>
    </message>
    <message>
        <source>also add the sender as a family contact</source>
        <translation>ychwanegu&apos;r anfonwr fel cyswllt teulu hefyd</translation>
    </message>
    <message>
        <source>delete a held message</source>
        <translation>dileu neges wedi&apos;i dal yn ôl</translation>
    </message>
    <message>
        <source>reply to a message on the wall</source>
        <translation>ateb neges ar y wal</translation>
    </message>
    <message>
        <source>list what is being sent</source>
        <translation>rhestru&apos;r hyn sy&apos;n cael ei anfon</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: CareLink will try again.</source>
        <translation>{problem} Does dim byd wedi&apos;i golli: bydd CareLink yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Message {id} is on the wall now (as message {wall_id}).</source>
        <translation>Mae neges {id} ar y wal nawr (fel neges {wall_id}).</translation>
    </message>
    <message>
        <source>The reply could not be delivered: {problem}</source>
        <translation>Doedd dim modd danfon yr ateb: {problem}</translation>
    </message>
    <message>
        <source>Fetched {done} of {total} messages…</source>
        <translation>Wedi nôl {done} o {total} neges…</translation>
    </message>
    <message>
        <source>Message {id} has been deleted.</source>
        <translation>Mae neges {id} wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Wedi&apos;i gadw, heb ei anfon: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Will send when the connection is back ({why}).</source>
        <translation>Bydd yn anfon pan fydd y cysylltiad yn ôl ({why}).</translation>
    </message>
    <message>
        <source>to {addresses}  tries: {tries}</source>
        <translation>at {addresses}  cynigion: {tries}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to remove them: </source>
        <translation>Tynnu&apos;r rhai gwreiddiol a gadwyd hyd yma ({size})? Mae pob llun yn aros ar y wal. Teipiwch {yes} i&apos;w tynnu: </translation>
    </message>
    <message>
        <source>Keeping display copies only has saved {size}.</source>
        <translation>Mae cadw copïau&apos;r sgrin yn unig wedi arbed {size}.</translation>
    </message>
    <message>
        <source>From now on the original of each photo is kept too, beside the copy CareLink shows. An original takes about ten times the room.</source>
        <translation>O hyn ymlaen mae gwreiddiol pob llun yn cael ei gadw hefyd, wrth ymyl y copi mae CareLink yn ei ddangos. Mae gwreiddiol yn cymryd tua deg gwaith cymaint o le.</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Byddai cadw copïau&apos;r sgrin yn unig yn arbed {size}.</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Mae&apos;r rhai gwreiddiol wedi&apos;u tynnu. Mae pob llun yn dal ar y wal.</translation>
    </message>
    <message>
        <source>The originals kept so far stay ({size}). To remove them: carelink settings set photos.keep_originals off --yes</source>
        <translation>Mae&apos;r rhai gwreiddiol a gadwyd hyd yma yn aros ({size}). I&apos;w tynnu: carelink settings set photos.keep_originals off --yes</translation>
    </message>
    <message>
        <source>Settings has no PIN yet, so anyone at this computer can open it. Choose one with: echo 2580 | carelink pin set (with your own 4 digits).</source>
        <translation>Does dim PIN gan y Gosodiadau eto, felly gall unrhyw un wrth y cyfrifiadur hwn eu hagor. Dewiswch un gyda: echo 2580 | carelink pin set (gyda&apos;ch 4 digid eich hun).</translation>
    </message>
    <message>
        <source>The Settings PIN is set. Keep it somewhere safe.</source>
        <translation>Mae PIN y Gosodiadau wedi&apos;i osod. Cadwch ef rywle diogel.</translation>
    </message>
    <message>
        <source>New PIN (4 digits, not shown): </source>
        <translation>PIN newydd (4 digid, ni fydd yn cael ei ddangos): </translation>
    </message>
    <message>
        <source>No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set</source>
        <translation>Chafodd dim PIN ei roi ar y mewnbwn safonol. Teipiwch ef fel hyn: echo 2580 | carelink pin set</translation>
    </message>
    <message>
        <source>set the 4-digit PIN that keeps Settings safe</source>
        <translation>gosod y PIN 4 digid sy&apos;n cadw&apos;r Gosodiadau&apos;n ddiogel</translation>
    </message>
    <message>
        <source>set the PIN, read from standard input (one line, 4 digits)</source>
        <translation>gosod y PIN, wedi&apos;i ddarllen o&apos;r mewnbwn safonol (un llinell, 4 digid)</translation>
    </message>
    <message>
        <source>Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. Typed at a terminal, it is asked for without showing it.</source>
        <translation>Yn darllen y PIN newydd o&apos;r mewnbwn safonol, e.e. echo 2580 | carelink pin set. Mewn terfynell, mae&apos;n gofyn amdano heb ei ddangos.</translation>
    </message>
    <message>
        <source>save a picture of a screen</source>
        <translation>cadw llun o sgrin</translation>
    </message>
    <message>
        <source>width x height, like 1280x800</source>
        <translation>lled x uchder, fel 1280x800</translation>
    </message>
    <message>
        <source>render at this text size without changing the setting</source>
        <translation>dangos ar y maint testun hwn heb newid y gosodiad</translation>
    </message>
    <message>
        <source>The practice household is fresh again: the pretend family&apos;s messages are back as they were.</source>
        <translation>Mae&apos;r cartref ymarfer yn newydd eto: mae negeseuon y teulu esgus yn ôl fel roedden nhw.</translation>
    </message>
    <message>
        <source>practising</source>
        <translation>yn ymarfer</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>wedi stopio</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>wedi gorffen</translation>
    </message>
    <message>
        <source>workshop lessons with a pretend family</source>
        <translation>gwersi gweithdy gyda theulu esgus</translation>
    </message>
    <message>
        <source>list the lessons</source>
        <translation>rhestru&apos;r gwersi</translation>
    </message>
    <message>
        <source>check a lesson file you wrote, naming every problem with its line</source>
        <translation>gwirio ffeil gwers a ysgrifennoch chi, gan enwi pob problem gyda&apos;i llinell</translation>
    </message>
    <message>
        <source>the lesson&apos;s .toml file</source>
        <translation>ffeil .toml y wers</translation>
    </message>
    <message>
        <source>make the practice household fresh again, for the next learner</source>
        <translation>gwneud y cartref ymarfer yn newydd eto, i&apos;r dysgwr nesaf</translation>
    </message>
    <message>
        <source>list the learners and how far each got</source>
        <translation>rhestru&apos;r dysgwyr a pha mor bell aeth pob un</translation>
    </message>
    <message>
        <source>forget every learner&apos;s progress</source>
        <translation>anghofio cynnydd pob dysgwr</translation>
    </message>
    <message>
        <source>save a lesson&apos;s handout as a PDF, to print</source>
        <translation>cadw taflen gwers fel PDF, i&apos;w hargraffu</translation>
    </message>
    <message>
        <source>the lesson&apos;s id (see tutorial list)</source>
        <translation>dynodydd y wers (gweler tutorial list)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>the learner&apos;s name, put on the handout and in its words</source>
        <translation>enw&apos;r dysgwr, ar y daflen ac yn ei geiriau</translation>
    </message>
    <message>
        <source>save a learner&apos;s certificate for today&apos;s lessons as a PDF</source>
        <translation>cadw tystysgrif dysgwr ar gyfer gwersi heddiw fel PDF</translation>
    </message>
    <message>
        <source>the learner&apos;s name, as typed in workshop mode</source>
        <translation>enw&apos;r dysgwr, fel y cafodd ei deipio yn y modd gweithdy</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: no problems found.</source>
        <translation>{file}: dim problemau wedi&apos;u canfod.</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} cam</translation>
    </message>
    <message>
        <source>Forgot 1 learner record.</source>
        <translation>Wedi anghofio 1 cofnod dysgwr.</translation>
    </message>
    <message>
        <source>Forgot {count} learner records.</source>
        <translation>Wedi anghofio {count} cofnod dysgwr.</translation>
    </message>
    <message>
        <source>{done} of {count} steps done</source>
        <translation>{done} o {count} cam wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>defnydd: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: gwall: {message}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>dadleuon</translation>
    </message>
    <message>
        <source>options</source>
        <translation>dewisiadau</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>dangos y cymorth hwn a gorffen</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>dangos fersiwn y rhaglen a gorffen</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>GORCHYMYN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>GWEITHRED</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>BETH</translation>
    </message>
    <message>
        <source>DATA_DIR</source>
        <translation>FFOLDER_DATA</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EBOST</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>LLUN</translation>
    </message>
    <message>
        <source>CALL_URL</source>
        <translation>DOLEN_GALWAD</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>FFÔN</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IAITH</translation>
    </message>
    <message>
        <source>id</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>CONTACT_ID</source>
        <translation>RHIF_CYSWLLT</translation>
    </message>
    <message>
        <source>key</source>
        <translation>gosodiad</translation>
    </message>
    <message>
        <source>value</source>
        <translation>gwerth</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>CYFEIRIAD</translation>
    </message>
    <message>
        <source>IMAP_HOST</source>
        <translation>GWEINYDD_IMAP</translation>
    </message>
    <message>
        <source>IMAP_PORT</source>
        <translation>PORTH_IMAP</translation>
    </message>
    <message>
        <source>SMTP_HOST</source>
        <translation>GWEINYDD_SMTP</translation>
    </message>
    <message>
        <source>SMTP_PORT</source>
        <translation>PORTH_SMTP</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>ENW_DEFNYDDIWR</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NODYN</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>gwers</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>FFEIL_NEWYDD</translation>
    </message>
    <message>
        <source>LEARNER</source>
        <translation>DYSGWR</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>dysgwr</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>MAINT</translation>
    </message>
    <message>
        <source>these are needed too: {names}</source>
        <translation>mae angen y rhain hefyd: {names}</translation>
    </message>
    <message>
        <source>these words are not understood: {words}</source>
        <translation>dydy&apos;r geiriau hyn ddim yn cael eu deall: {words}</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}: choose from {choices}</source>
        <translation>all {argument} ddim bod yn {value}: dewiswch o {choices}</translation>
    </message>
    <message>
        <source>{argument} needs a value after it</source>
        <translation>mae angen gwerth ar ôl {argument}</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not {value}</source>
        <translation>mae angen rhif cyfan ar {argument}, nid {value}</translation>
    </message>
    <message>
        <source>{argument} needs a size like 1280x800, not {value}</source>
        <translation>mae angen maint fel 1280x800 ar {argument}, nid {value}</translation>
    </message>
    <message>
        <source>{option} could mean {matches}: please write it in full</source>
        <translation>gallai {option} olygu {matches}: ysgrifennwch y cyfan, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>{argument} takes no value, so not {value}</source>
        <translation>dydy {argument} ddim yn cymryd gwerth: does dim angen {value}</translation>
    </message>
    <message>
        <source>{argument} takes one value at most</source>
        <translation>un gwerth ar y mwyaf sy&apos;n dod ar ôl {argument}</translation>
    </message>
    <message>
        <source>{argument} needs at least one value after it</source>
        <translation>mae angen o leiaf un gwerth ar ôl {argument}</translation>
    </message>
    <message>
        <source>{argument} needs {count} values after it</source>
        <translation>mae angen {count} gwerth ar ôl {argument}</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}</source>
        <translation>all {argument} ddim bod yn {value}</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}</source>
        <translation>all {argument} ddim cael ei ddefnyddio gyda {other}</translation>
    </message>
    <message>
        <source>one of these is needed: {names}</source>
        <translation>mae angen un o&apos;r rhain: {names}</translation>
    </message>
    <message>
        <source>{option} is not expected here</source>
        <translation>does dim disgwyl {option} yma</translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <translation>{argument}: {message}</translation>
    </message>
    <message>
        <source>Good morning Mum! The sun is out here at last. Shall I call you after lunch?</source>
        <translation>Bore da Mam! Mae&apos;r haul allan yma o&apos;r diwedd. Ga i dy ffonio di ar ôl cinio?</translation>
    </message>
    <message>
        <source>Hi Gran! Look at the cake I made for Dad&apos;s birthday. It has real strawberries on top.</source>
        <translation>Helo Nain! Edrych ar y gacen wnes i ar gyfer pen-blwydd Dad. Mae mefus go iawn ar ei phen hi.</translation>
    </message>
    <message>
        <source>We went down to the harbour on Saturday. The boats were all out. Wish you had been there!</source>
        <translation>Aethon ni i lawr i&apos;r harbwr ddydd Sadwrn. Roedd y cychod i gyd allan. Biti nad oeddet ti yno!</translation>
    </message>
    <message>
        <source>Hello {name}, the roses in my garden have come out. They made me think of yours.</source>
        <translation>Helo {name}, mae&apos;r rhosod yn fy ngardd i wedi agor. Maen nhw&apos;n gwneud i mi feddwl am dy rai di.</translation>
    </message>
    <message>
        <source>Don&apos;t forget the doctor&apos;s appointment on Thursday at 10. I&apos;ll pick you up at 9:30.</source>
        <translation>Paid ag anghofio&apos;r apwyntiad gyda&apos;r meddyg ddydd Iau am 10. Bydda i&apos;n dod i dy nôl di am 9:30.</translation>
    </message>
    <message>
        <source>Gran, I got a gold star at school for my painting of a house by the sea!</source>
        <translation>Nain, ges i seren aur yn yr ysgol am fy llun o dŷ wrth y môr!</translation>
    </message>
    <message>
        <source>A picture from our walk in the hills. It was a long way up but worth it.</source>
        <translation>Llun o&apos;n taith gerdded yn y bryniau. Roedd hi&apos;n ffordd bell i&apos;r top ond roedd yn werth chweil.</translation>
    </message>
    <message>
        <source>Thank you for the lovely card. The children loved it.</source>
        <translation>Diolch am y cerdyn hyfryd. Roedd y plant wrth eu boddau ag e.</translation>
    </message>
    <message>
        <source>Beautiful evening here. Speak soon, your brother David.</source>
        <translation>Noson braf yma. Siarad yn fuan, dy frawd David.</translation>
    </message>
    <message>
        <source>We built a sandcastle as tall as me!</source>
        <translation>Adeiladon ni gastell tywod mor dal â fi!</translation>
    </message>
    <message>
        <source>The garden is looking lovely after all that rain.</source>
        <translation>Mae&apos;r ardd yn edrych yn hyfryd ar ôl yr holl law.</translation>
    </message>
    <message>
        <source>Love you Mum. Sleep well.</source>
        <translation>Caru ti, Mam. Cysga&apos;n dda.</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits, like 2580.</source>
        <translation>Rhaid i&apos;r PIN fod yn union 4 digid, fel 2580.</translation>
    </message>
    <message>
        <source>CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, Teams, WhatsApp or FaceTime), or a phone number.</source>
        <translation>Dim ond dolen galwad fideo sy&apos;n dechrau gyda https:// (o Zoom, Google Meet, Teams, WhatsApp neu FaceTime), neu rif ffôn, y gall CareLink eu defnyddio.</translation>
    </message>
    <message>
        <source>A Jitsi Meet server must use https://, like https://jitsi.example.org.</source>
        <translation>Rhaid i weinydd Jitsi Meet ddefnyddio https://, fel https://jitsi.example.org.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Jitsi Meet server name. It looks like meet.jit.si.</source>
        <translation>Nid enw gweinydd Jitsi Meet yw &apos;{text}&apos;. Mae&apos;n edrych fel meet.jit.si.</translation>
    </message>
    <message>
        <source>There is no family contact to tell yet. The family can add one in Settings → Contacts.</source>
        <translation>Does dim cyswllt teulu i ddweud wrtho eto. Gall y teulu ychwanegu un yn Gosodiadau → Cysylltiadau.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your family or someone you trust. (Whoever set up CareLink can add a carer in Settings → Contacts, or with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Does neb wedi&apos;i osod eto i glywed am bryder, felly does dim modd ei anfon. Ffoniwch eich teulu neu rywun rydych chi&apos;n ymddiried ynddo, os gwelwch yn dda. (Gall pwy bynnag a osododd CareLink ychwanegu gofalwr yn Gosodiadau → Cysylltiadau, neu gyda &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not a kind of concern. Choose one of: {kinds}.</source>
        <translation>Nid math o bryder yw &apos;{category}&apos;. Dewiswch un o: {kinds}.</translation>
    </message>
    <message>
        <source>That is too long to send: {most} letters at most.</source>
        <translation>Mae hynny&apos;n rhy hir i&apos;w anfon: {most} llythyren ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no concern number {number}.</source>
        <translation>Does dim pryder rhif {number}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.</source>
        <translation>Nid llun y gall CareLink ei ddangos yw &apos;{name}&apos;. Defnyddiwch lun JPEG, PNG neu GIF.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number. It should look like 01234 567890 or +44 1234 567890.</source>
        <translation>Nid rhif ffôn yw &apos;{phone}&apos;. Dylai edrych fel 01234 567890 neu +44 1234 567890.</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Rhowch enw i&apos;r cyswllt, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>That name is too long: 100 letters at most.</source>
        <translation>Mae&apos;r enw hwnnw&apos;n rhy hir: 100 llythyren ar y mwyaf.</translation>
    </message>
    <message>
        <source>That photo is too large (over 20 MB). Please choose a smaller one.</source>
        <translation>Mae&apos;r llun hwnnw&apos;n rhy fawr (dros 20 MB). Dewiswch un llai, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>CareLink could not open the photo &apos;{path}&apos;.</source>
        <translation>Doedd CareLink ddim yn gallu agor y llun &apos;{path}&apos;.</translation>
    </message>
    <message>
        <source>A contact is either family or a carer.</source>
        <translation>Mae cyswllt naill ai&apos;n deulu neu&apos;n ofalwr.</translation>
    </message>
    <message>
        <source>Only a carer can be the backup carer.</source>
        <translation>Dim ond gofalwr all fod yn ofalwr wrth gefn.</translation>
    </message>
    <message>
        <source>There is already a contact with the email address {email}.</source>
        <translation>Mae cyswllt gyda&apos;r cyfeiriad e-bost {email} yn barod.</translation>
    </message>
    <message>
        <source>There is no contact number {number}. &apos;carelink contacts list&apos; shows them.</source>
        <translation>Does dim cyswllt rhif {number}. Mae &apos;carelink contacts list&apos; yn eu dangos.</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>Dydy&apos;r e-bost ddim wedi&apos;i osod eto.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Mae&apos;r cyfrinair yn wag.</translation>
    </message>
    <message>
        <source>held for the family to look at</source>
        <translation>wedi&apos;i dal i&apos;r teulu ei gweld</translation>
    </message>
    <message>
        <source>not on the contact list</source>
        <translation>ddim ar y rhestr gysylltiadau</translation>
    </message>
    <message>
        <source>the sender&apos;s email server says it may not really be from them</source>
        <translation>mae gweinydd e-bost yr anfonwr yn dweud efallai nad yw&apos;n dod oddi wrthyn nhw go iawn</translation>
    </message>
    <message>
        <source>an automatic message (a read receipt, a delivery report or an out-of-office reply)</source>
        <translation>neges awtomatig (derbynneb darllen, adroddiad danfon neu ateb allan o&apos;r swyddfa)</translation>
    </message>
    <message>
        <source>That message is already on the wall.</source>
        <translation>Mae&apos;r neges honno ar y wal yn barod.</translation>
    </message>
    <message>
        <source>There is no held message number {number}. &apos;carelink held&apos; lists them.</source>
        <translation>Does dim neges wedi&apos;i dal yn ôl rhif {number}. Mae &apos;carelink held&apos; yn eu rhestru.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language CareLink is written in. Choose one of: {languages}.</source>
        <translation>Nid iaith y mae CareLink wedi&apos;i ysgrifennu ynddi yw &apos;{value}&apos;. Dewiswch un o: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.</source>
        <translation>Nid locale yw &apos;{value}&apos;. Ysgrifennwch ef fel iaith-GWLAD, er enghraifft cy-GB neu en-GB.</translation>
    </message>
    <message>
        <source>(sent with CareLink)</source>
        <translation>(wedi&apos;i anfon gyda CareLink)</translation>
    </message>
    <message>
        <source>The first time you join on meet.jit.si, it asks you to sign in (with your Google account) to start the call.</source>
        <translation>Y tro cyntaf i chi ymuno ar meet.jit.si, mae&apos;n gofyn i chi fewngofnodi (gyda&apos;ch cyfrif Google) i ddechrau&apos;r alwad.</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation>Dydw i ddim yn dda</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation>Rwy&apos;n unig neu&apos;n isel</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation>Problem gyda fy ngofal</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation>Mae rhywun yn fy mhoeni</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation>Mae rhywbeth wedi torri gartref</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dydd Sul</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time}</source>
        <translation>{weekday} {day} {month} {year} am {time}</translation>
    </message>
    <message>
        <source>CareLink concern from {name}: {what} [{reference}]</source>
        <translation>Pryder CareLink gan {name}: {what} [{reference}]</translation>
    </message>
    <message>
        <source>{name} did not add any words.</source>
        <translation>Wnaeth {name} ddim ychwanegu geiriau.</translation>
    </message>
    <message>
        <source>No carer is set up in CareLink yet, so this concern comes to {name}&apos;s family. (A carer can be added in CareLink&apos;s Settings → Contacts.)</source>
        <translation>Does dim gofalwr wedi&apos;i osod yn CareLink eto, felly mae&apos;r pryder hwn yn dod at deulu {name}. (Gellir ychwanegu gofalwr yng Ngosodiadau CareLink → Cysylltiadau.)</translation>
    </message>
    <message>
        <source>CareLink could not deliver this concern to {carer} (the mail server refused their address), so it is sending it to you instead.</source>
        <translation>Doedd CareLink ddim yn gallu danfon y pryder hwn at {carer} (gwrthododd y gweinydd e-bost eu cyfeiriad), felly mae&apos;n ei anfon atoch chi yn lle.</translation>
    </message>
    <message>
        <source>{carer} has not answered this concern yet, so CareLink is sending it to you too.</source>
        <translation>Dydy {carer} ddim wedi ateb y pryder hwn eto, felly mae CareLink yn ei anfon atoch chi hefyd.</translation>
    </message>
    <message>
        <source>What is wrong: {what}</source>
        <translation>Beth sy&apos;n bod: {what}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Pryd: {when}</translation>
    </message>
    <message>
        <source>In {name}&apos;s own words: {words}</source>
        <translation>Yng ngeiriau {name} ei hun: {words}</translation>
    </message>
    <message>
        <source>Would like a call back: {answer}</source>
        <translation>Hoffai gael galwad yn ôl: {answer}</translation>
    </message>
    <message>
        <source>Please reply to this email to let {name} know you have seen it. Any reply will do.</source>
        <translation>Atebwch yr e-bost hwn, os gwelwch yn dda, i roi gwybod i {name} eich bod wedi&apos;i weld. Bydd unrhyw ateb yn gwneud y tro.</translation>
    </message>
    <message>
        <source>CareLink is not an emergency service. If {name} may be in danger, call {number}.</source>
        <translation>Nid gwasanaeth brys yw CareLink. Os gallai {name} fod mewn perygl, ffoniwch {number}.</translation>
    </message>
    <message>
        <source>Reference: CareLink concern {reference}</source>
        <translation>Cyfeirnod: pryder CareLink {reference}</translation>
    </message>
    <message>
        <source>{name} is OK today</source>
        <translation>Mae {name} yn iawn heddiw</translation>
    </message>
    <message>
        <source>{name} has not checked in today</source>
        <translation>Dydy {name} ddim wedi dweud ei fod yn iawn heddiw</translation>
    </message>
    <message>
        <source>{name} would like a video call now</source>
        <translation>Hoffai {name} gael galwad fideo nawr</translation>
    </message>
    <message>
        <source>A message from {name}</source>
        <translation>Neges gan {name}</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>Y person rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>{name} has reported a concern with CareLink.</source>
        <translation>Mae {name} wedi rhannu pryder gyda CareLink.</translation>
    </message>
    <message>
        <source>Your family member</source>
        <translation>Aelod o&apos;ch teulu</translation>
    </message>
    <message>
        <source>{name} says they&apos;re OK today ({time}).</source>
        <translation>Mae {name} yn dweud eu bod yn iawn heddiw ({time}).</translation>
    </message>
    <message>
        <source>{name} would like a video call now — join here: {link}</source>
        <translation>Hoffai {name} gael galwad fideo nawr — ymunwch yma: {link}</translation>
    </message>
    <message>
        <source>someone you care for</source>
        <translation>rhywun rydych chi&apos;n gofalu amdano</translation>
    </message>
    <message>
        <source>(sent by CareLink)</source>
        <translation>(wedi&apos;i anfon gan CareLink)</translation>
    </message>
    <message>
        <source>It may be nothing — but please give {name} a call to check they are all right.</source>
        <translation>Efallai nad yw&apos;n ddim byd — ond ffoniwch {name}, os gwelwch yn dda, i wneud yn siŵr eu bod yn iawn.</translation>
    </message>
    <message>
        <source>{name} has not tapped &quot;I&apos;m OK today&quot; in CareLink by {time} today.</source>
        <translation>Dydy {name} ddim wedi tapio “Rwy&apos;n iawn heddiw” yn CareLink erbyn {time} heddiw.</translation>
    </message>
    <message>
        <source>There is nobody to send this to.</source>
        <translation>Does neb i anfon hwn ato.</translation>
    </message>
    <message>
        <source>There is nothing in the outbox with number {number}.</source>
        <translation>Does dim byd yn y blwch anfon gyda&apos;r rhif {number}.</translation>
    </message>
    <message>
        <source>Something went wrong while sending ({kind}).</source>
        <translation>Aeth rhywbeth o&apos;i le wrth anfon ({kind}).</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation>{count} GB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} beit</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Ysgrifennwch rywbeth i&apos;w anfon, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>That reply is too long to send: {most} letters at most.</source>
        <translation>Mae&apos;r ateb hwnnw&apos;n rhy hir i&apos;w anfon: {most} llythyren ar y mwyaf.</translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation>Ysgrifennwch on neu off.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).</source>
        <translation>Nid hyd o amser yw &apos;{text}&apos;. Ysgrifennwch ef fel 30 munud neu 2 awr (neu 90s, 30m, 2h).</translation>
    </message>
    <message>
        <source>The name must be between 1 and 60 ordinary letters long.</source>
        <translation>Rhaid i&apos;r enw fod rhwng 1 a 60 o lythrennau cyffredin.</translation>
    </message>
    <message>
        <source>That is not the name of a voice.</source>
        <translation>Nid enw llais yw hwnnw.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number. Use digits, like 999 or 112.</source>
        <translation>Nid rhif ffôn yw &apos;{value}&apos;. Defnyddiwch ddigidau, fel 999 neu 112.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it like 11:00 (or leave it empty to turn it off).</source>
        <translation>Nid amser o&apos;r dydd yw &apos;{value}&apos;. Ysgrifennwch ef fel 11:00 (neu gadewch ef yn wag i&apos;w ddiffodd).</translation>
    </message>
    <message>
        <source>{what} must be one of: {options}.</source>
        <translation>Rhaid i {what} fod yn un o: {options}.</translation>
    </message>
    <message>
        <source>the older adult&apos;s first name, used on screens and in emails</source>
        <translation>enw cyntaf yr oedolyn hŷn, ar y sgriniau ac mewn e-byst</translation>
    </message>
    <message>
        <source>text size in percent: 100, 125, 150 or 200</source>
        <translation>maint y testun fel canran: 100, 125, 150 neu 200</translation>
    </message>
    <message>
        <source>high-contrast colours: on or off</source>
        <translation>lliwiau cyferbyniad uchel: on neu off</translation>
    </message>
    <message>
        <source>full screen, always, with no window controls; closing CareLink needs the PIN: on or off</source>
        <translation>sgrin lawn, bob amser, heb reolyddion ffenestr; mae angen y PIN i gau CareLink: on neu off</translation>
    </message>
    <message>
        <source>the read-aloud voice&apos;s id (empty: the computer&apos;s default)</source>
        <translation>dynodydd y llais darllen yn uchel (gwag: un y cyfrifiadur)</translation>
    </message>
    <message>
        <source>read-aloud speed: slow, normal or fast</source>
        <translation>cyflymder darllen yn uchel: slow, normal neu fast</translation>
    </message>
    <message>
        <source>how loud voice messages and videos play on the wall, in percent: 25, 50, 75 or 100</source>
        <translation>pa mor uchel mae negeseuon llais a fideos yn chwarae ar y wal, fel canran: 25, 50, 75 neu 100</translation>
    </message>
    <message>
        <source>language and country, like en-GB (empty: the computer&apos;s own)</source>
        <translation>iaith a gwlad, fel cy-GB (gwag: rhai&apos;r cyfrifiadur)</translation>
    </message>
    <message>
        <source>the number to call in danger (empty: the locale&apos;s own)</source>
        <translation>y rhif i&apos;w ffonio mewn perygl (gwag: un y wlad a ddewiswyd)</translation>
    </message>
    <message>
        <source>how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)</source>
        <translation>faint o amser sydd gan ofalwr i ateb pryder cyn i&apos;r gofalwr wrth gefn gael gwybod (90s, 30m, 2h)</translation>
    </message>
    <message>
        <source>the time of day by which &apos;I&apos;m OK today&apos; is expected (HH:MM; empty turns the alert off)</source>
        <translation>erbyn faint o&apos;r gloch mae disgwyl &apos;Rwy&apos;n iawn heddiw&apos; (HH:MM; mae ei adael yn wag yn diffodd y rhybudd)</translation>
    </message>
    <message>
        <source>also tell the carers about a missed check-in: on or off</source>
        <translation>dweud wrth y gofalwyr hefyd am &apos;Rwy&apos;n iawn heddiw&apos; a fethwyd: on neu off</translation>
    </message>
    <message>
        <source>the Jitsi Meet server for video calls</source>
        <translation>y gweinydd Jitsi Meet ar gyfer galwadau fideo</translation>
    </message>
    <message>
        <source>keep each photo as it came beside its display copy (about ten times the room; turning it off asks before removing the originals kept): on or off</source>
        <translation>cadw pob llun fel y cyrhaeddodd wrth ymyl ei gopi sgrin (tua deg gwaith cymaint o le; mae ei ddiffodd yn gofyn cyn tynnu&apos;r rhai gwreiddiol a gadwyd): on neu off</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation>Does dim gosodiad o&apos;r enw &apos;{key}&apos;. Y gosodiadau yw: {keys}.</translation>
    </message>
    <message>
        <source>Please type the number to call in an emergency there, like 112.</source>
        <translation>Teipiwch y rhif i&apos;w ffonio mewn argyfwng yno, fel 112, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not one of the countries offered: {countries}.</source>
        <translation>Dydy &apos;{country}&apos; ddim yn un o&apos;r gwledydd sydd ar gael: {countries}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged and there was no good copy to put back, so CareLink has started afresh. The damaged file has been kept for your family to look at.</source>
        <translation>Roedd ffeil ddata CareLink wedi&apos;i difrodi a doedd dim copi da i&apos;w roi yn ôl, felly mae CareLink wedi dechrau o&apos;r newydd. Mae&apos;r ffeil a ddifrodwyd wedi&apos;i chadw i&apos;ch teulu edrych arni.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged, so it has been put back as it was on {when}. Anything that arrived after that will be fetched again.</source>
        <translation>Roedd ffeil ddata CareLink wedi&apos;i difrodi, felly mae wedi&apos;i rhoi yn ôl fel yr oedd hi ar yr adeg hon: {when}. Bydd unrhyw beth a gyrhaeddodd ar ôl hynny yn cael ei nôl eto.</translation>
    </message>
    <message>
        <source>{things} from after that time have been put back too.</source>
        <translation>Mae {things} a ddaeth ar ôl yr amser hwnnw wedi&apos;u rhoi yn ôl hefyd.</translation>
    </message>
    <message>
        <source>{thing} from after that time has been put back too.</source>
        <translation>Mae {thing} a ddaeth ar ôl yr amser hwnnw wedi&apos;i roi yn ôl hefyd.</translation>
    </message>
    <message>
        <source>{records} could not be put back.</source>
        <translation>Doedd dim modd rhoi {records} yn ôl.</translation>
    </message>
    <message>
        <source>Changes to contacts or settings made after that time could not be recovered: please ask your family to check them.</source>
        <translation>Doedd dim modd cael yn ôl y newidiadau i gysylltiadau neu osodiadau a wnaed ar ôl yr amser hwnnw: gofynnwch i&apos;ch teulu eu gwirio.</translation>
    </message>
    <message>
        <source>1 concern</source>
        <translation>1 pryder</translation>
    </message>
    <message>
        <source>{count} concerns</source>
        <translation>{count} pryder</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 e-bost</translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation>{count} e-bost</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 cofnod</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} cofnod</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>Dydy CareLink ddim yn gallu anfon negeseuon eto — gofynnwch i&apos;ch teulu osod yr e-bost</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Mae angen i&apos;ch teulu wirio cyfrinair yr e-bost</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>All-lein — bydd negeseuon yn mynd pan fydd y cysylltiad yn ôl</translation>
    </message>
    <message>
        <source>Line {line} (step {step})</source>
        <translation>Llinell {line} (cam {step})</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}).</source>
        <translation>Does dim modd agor y ffeil {path} ({problem}).</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (choose UTF-8 when saving it).</source>
        <translation>Dydy&apos;r ffeil ddim wedi&apos;i chadw fel testun UTF-8 (dewiswch UTF-8 wrth ei chadw).</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. Did you mean {near}?</source>
        <translation>Llinell {line}: does dim sgrin &apos;{screen}&apos;. Oeddech chi&apos;n golygu {near}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. The screens are: {screens}.</source>
        <translation>Llinell {line}: does dim sgrin &apos;{screen}&apos;. Y sgriniau yw: {screens}.</translation>
    </message>
    <message>
        <source>{where}: the step has no &apos;say&apos; (the words the learner reads and hears).</source>
        <translation>{where}: does dim &apos;say&apos; gan y cam (y geiriau mae&apos;r dysgwr yn eu darllen a&apos;u clywed).</translation>
    </message>
    <message>
        <source>{where}: the step does not name its &apos;control&apos;.</source>
        <translation>{where}: dydy&apos;r cam ddim yn enwi ei &apos;control&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: there is no action &apos;{action}&apos;. The actions are: {actions}.</source>
        <translation>Llinell {line}: does dim gweithred &apos;{action}&apos;. Y gweithredoedd yw: {actions}.</translation>
    </message>
    <message>
        <source>The lesson cannot be used: {problem}.</source>
        <translation>Does dim modd defnyddio&apos;r wers: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;. Did you mean {nearest}?</source>
        <translation>Llinell {line}: does dim rheolydd &apos;{control}&apos;. Oeddech chi&apos;n golygu {nearest}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;.</source>
        <translation>Llinell {line}: does dim rheolydd &apos;{control}&apos;.</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {problem}.</source>
        <translation>Does dim modd defnyddio ffeil y wers {name}: {problem}.</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{lesson}&apos;. The lessons are: {known}.</source>
        <translation>Does dim gwers o&apos;r enw &apos;{lesson}&apos;. Y gwersi yw: {known}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>Does dim modd darllen y ffeil ({problem}); gwiriwch ei dyfynodau a&apos;r arwydd =</translation>
    </message>
    <message>
        <source>the lesson needs &apos;{key}&apos; as some words in quotes</source>
        <translation>mae angen &apos;{key}&apos; ar y wers, gyda geiriau mewn dyfynodau</translation>
    </message>
    <message>
        <source>step {number} is not a [[steps]] table</source>
        <translation>dydy cam {number} ddim yn dabl [[steps]]</translation>
    </message>
    <message>
        <source>step {number} has &apos;{key}&apos;, which a step does not use (check the spelling)</source>
        <translation>mae gan gam {number} &apos;{key}&apos;, nad yw cam yn ei ddefnyddio (gwiriwch y sillafu)</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is not a control&apos;s name</source>
        <translation>yng ngham {number}, dydy &apos;{control}&apos; ddim yn enw rheolydd</translation>
    </message>
    <message>
        <source>step {number}&apos;s action &apos;{action}&apos; must be one of: {choices}</source>
        <translation>yng ngham {number}, rhaid i&apos;r weithred &apos;{action}&apos; fod yn un o: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s until &apos;{until}&apos; must be one of: {choices}</source>
        <translation>yng ngham {number}, rhaid i until &apos;{until}&apos; fod yn un o: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must start with one of: {choices}</source>
        <translation>yng ngham {number}, rhaid i family &apos;{family}&apos; ddechrau gydag un o: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must name one address, like: call tom@example.org</source>
        <translation>yng ngham {number}, rhaid i family &apos;{family}&apos; enwi un cyfeiriad, fel: call tom@example.org</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must be the one word: scam</source>
        <translation>yng ngham {number}, rhaid i family &apos;{family}&apos; fod yr un gair: scam</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen</source>
        <translation>yng ngham {number}, dydy&apos;r rheolydd &apos;{control}&apos; ddim ar unrhyw sgrin</translation>
    </message>
    <message>
        <source>it has &apos;{key}&apos;, which a lesson does not use (check the spelling)</source>
        <translation>mae gan y ffeil &apos;{key}&apos;, nad yw gwers yn ei ddefnyddio (gwiriwch y sillafu)</translation>
    </message>
    <message>
        <source>it has no [[steps]]</source>
        <translation>does dim [[steps]] yn y ffeil</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation>rhaid i &apos;order&apos; fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Llinell {line}</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Y ffeil</translation>
    </message>
    <message>
        <source>{where}: the words are not closed with a quote mark at the end of the line</source>
        <translation>{where}: dydy&apos;r geiriau ddim wedi&apos;u cau â dyfynnod ar ddiwedd y llinell</translation>
    </message>
    <message>
        <source>{where}: each line should be a name, an = sign and words in quotes, like: say = &quot;Tap Messages&quot;</source>
        <translation>{where}: dylai pob llinell fod yn enw, arwydd = a geiriau mewn dyfynodau, fel: say = &quot;Tapiwch Negeseuon&quot;</translation>
    </message>
    <message>
        <source>{where}: this name is given twice in the same step</source>
        <translation>{where}: mae&apos;r enw hwn wedi&apos;i roi ddwywaith yn yr un cam</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>Does dim modd darllen llinell {line} ({problem}); gwiriwch ei dyfynodau a&apos;r arwydd =</translation>
    </message>
    <message>
        <source>its name must be small letters, numbers and dashes, like reply.toml</source>
        <translation>rhaid i enw&apos;r ffeil fod yn llythrennau bach, rhifau a chysylltnodau, fel reply.toml</translation>
    </message>
    <message>
        <source>step {number} needs &apos;{key}&apos; as some words in quotes</source>
        <translation>mae angen &apos;{key}&apos; ar gam {number}, gyda geiriau mewn dyfynodau</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen (did you mean {nearest}?)</source>
        <translation>yng ngham {number}, dydy&apos;r rheolydd &apos;{control}&apos; ddim ar unrhyw sgrin (oeddech chi&apos;n golygu {nearest}?)</translation>
    </message>
    <message>
        <source>it is not saved as UTF-8 text (choose UTF-8 when saving it)</source>
        <translation>dydy&apos;r ffeil ddim wedi&apos;i chadw fel testun UTF-8 (dewiswch UTF-8 wrth ei chadw)</translation>
    </message>
    <message>
        <source>There is no lessons folder at {folder}.</source>
        <translation>Does dim ffolder gwersi yn {folder}.</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! Speak soon.</source>
        <translation>Braf clywed gen ti, {name}! Siarad yn fuan.</translation>
    </message>
    <message>
        <source>Thank you for telling me, {name}. I&apos;ll call you this afternoon.</source>
        <translation>Diolch am ddweud wrtha i, {name}. Bydda i&apos;n eich ffonio chi&apos;r prynhawn &apos;ma.</translation>
    </message>
    <message>
        <source>Glad you&apos;re well today, {name}! Have a lovely day.</source>
        <translation>Falch dy fod ti&apos;n iawn heddiw, {name}! Mwynha&apos;r diwrnod.</translation>
    </message>
    <message>
        <source>Thank you for your message, {name}. See you soon.</source>
        <translation>Diolch am eich neges, {name}. Wela i chi&apos;n fuan.</translation>
    </message>
    <message>
        <source>Love, {name}</source>
        <translation>Cariad, {name}</translation>
    </message>
    <message>
        <source>dear</source>
        <translation>cariad</translation>
    </message>
    <message>
        <source>URGENT: your bank account is locked</source>
        <translation>AR FRYS: mae eich cyfrif banc wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Dear customer, your bank account has been locked. To unlock it, reply today with your password and your card number, or your money will be lost.</source>
        <translation>Annwyl gwsmer, mae eich cyfrif banc wedi&apos;i gloi. I&apos;w ddatgloi, atebwch heddiw gyda&apos;ch cyfrinair a rhif eich cerdyn, neu byddwch chi&apos;n colli eich arian.</translation>
    </message>
    <message>
        <source>(a pretend scam message, made by CareLink&apos;s tutorial for practice)</source>
        <translation>(neges sgam esgus, wedi&apos;i gwneud gan weithdy CareLink i ymarfer)</translation>
    </message>
    <message>
        <source>{who} would like a video call now</source>
        <translation>Hoffai {who} gael galwad fideo nawr</translation>
    </message>
    <message>
        <source>{who} would like a video call now — join here: {link}</source>
        <translation>Hoffai {who} gael galwad fideo nawr — ymunwch yma: {link}</translation>
    </message>
    <message>
        <source>(a practice call in CareLink&apos;s tutorial)</source>
        <translation>(galwad ymarfer yng ngweithdy CareLink)</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! I&apos;ll ring you at the weekend.</source>
        <translation>Braf clywed gen ti, {name}! Bydda i&apos;n dy ffonio di dros y penwythnos.</translation>
    </message>
    <message>
        <source>Thanks for your message, {name}! It made my day. Speak soon.</source>
        <translation>Diolch am dy neges, {name}! Mae wedi gwneud fy niwrnod. Siarad yn fuan.</translation>
    </message>
    <message>
        <source>Hello {name}! Thank you for writing to me. I&apos;m painting you a picture.</source>
        <translation>Helo {name}! Diolch am ysgrifennu ata i. Dw i&apos;n peintio llun i ti.</translation>
    </message>
    <message>
        <source>Good to hear from you, {name}. The roses are still out, I&apos;ll send you a photo.</source>
        <translation>Da clywed gen ti, {name}. Mae&apos;r rhosod yn dal yn eu blodau, bydda i&apos;n anfon llun i ti.</translation>
    </message>
    <message>
        <source>{email} is not in the pretend family, so they cannot call.</source>
        <translation>Dydy {email} ddim yn y teulu esgus, felly dydyn nhw ddim yn gallu galw.</translation>
    </message>
    <message>
        <source>The learner&apos;s name must be between 1 and {most} ordinary letters long.</source>
        <translation>Rhaid i enw&apos;r dysgwr fod rhwng 1 a {most} o lythrennau cyffredin.</translation>
    </message>
    <message>
        <source>A lesson needs a short name.</source>
        <translation>Mae angen enw byr ar wers.</translation>
    </message>
    <message>
        <source>A lesson has at least one step.</source>
        <translation>Mae gan wers o leiaf un cam.</translation>
    </message>
    <message>
        <source>There is no learner record number {number}.</source>
        <translation>Does dim cofnod dysgwr rhif {number}.</translation>
    </message>
    <message>
        <source>Lesson &apos;{lesson}&apos; has steps 1 to {steps}, not {step}.</source>
        <translation>Mae gan y wers &apos;{lesson}&apos; gamau 1 i {steps}, nid {step}.</translation>
    </message>
    <message>
        <source>There is no message number {number} on the wall.</source>
        <translation>Does dim neges rhif {number} ar y wal.</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer. Ask your family to install a speech voice (on Linux: the espeak-ng package).</source>
        <translation>Dydy darllen yn uchel ddim ar gael ar y cyfrifiadur hwn. Gofynnwch i&apos;ch teulu osod llais (ar Linux: y pecyn espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not answering just now. Please try again in a moment.</source>
        <translation>Dydy darllen yn uchel ddim yn ateb ar hyn o bryd. Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <source>Reading aloud did not work this time. Please try again.</source>
        <translation>Wnaeth darllen yn uchel ddim gweithio y tro hwn. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This computer cannot play sound, so nothing can be read aloud. Ask your family to install a sound player (on Linux: the alsa-utils package).</source>
        <translation>Dydy&apos;r cyfrifiadur hwn ddim yn gallu chwarae sain, felly does dim modd darllen dim yn uchel. Gofynnwch i&apos;ch teulu osod rhaglen sain (ar Linux: y pecyn alsa-utils).</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save anything just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Does dim lle ar ôl ar y cyfrifiadur hwn, felly dydy CareLink ddim yn gallu cadw dim ar hyn o bryd. Does dim byd wedi&apos;i golli: gwnewch ychydig o le (neu gofynnwch i&apos;ch teulu helpu), a bydd CareLink yn bwrw ymlaen.</translation>
    </message>
    <message>
        <source>CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been lost: please ask your family to check the folder.</source>
        <translation>Dydy CareLink ddim yn cael cadw yn ei ffolder data (efallai mai darllen yn unig yw hi). Does dim byd wedi&apos;i golli: gofynnwch i&apos;ch teulu wirio&apos;r ffolder, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>CareLink could not read or write its data on this computer&apos;s disk. Nothing has been changed: please try again, or ask your family to check the computer.</source>
        <translation>Doedd CareLink ddim yn gallu darllen nac ysgrifennu ei ddata ar ddisg y cyfrifiadur hwn. Does dim byd wedi newid: rhowch gynnig arall arni, neu gofynnwch i&apos;ch teulu wirio&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <source>This CareLink data was saved by a newer version of CareLink. Please install the newest version of CareLink to open it.</source>
        <translation>Cafodd y data CareLink hwn ei gadw gan fersiwn mwy newydd o CareLink. Gosodwch y fersiwn diweddaraf o CareLink i&apos;w agor, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Another CareLink is busy with this household&apos;s data. Please wait a minute and try again.</source>
        <translation>Mae CareLink arall yn brysur gyda data&apos;r cartref hwn. Arhoswch funud a rhowch gynnig arall arni, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <source>CareLink needs a screen to show its window, and this session has none. Start it from the desktop (or use &apos;carelink screenshot&apos; to save a picture instead).</source>
        <translation>Mae angen sgrin ar CareLink i ddangos ei ffenestr, a does gan y sesiwn hon ddim un. Dechreuwch ef o&apos;r bwrdd gwaith (neu defnyddiwch &apos;carelink screenshot&apos; i gadw llun yn lle).</translation>
    </message>
    <message>
        <source>The camera check page could not be shown on this computer.</source>
        <translation>Doedd dim modd dangos tudalen gwirio&apos;r camera ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>CareLink could not save the picture to {path}.</source>
        <translation>Doedd CareLink ddim yn gallu cadw&apos;r llun yn {path}.</translation>
    </message>
    <message>
        <source>The handout for the lesson &quot;{title}&quot; could not be made: at step {number}, {what}. Check the lesson file {file}.</source>
        <translation>Doedd dim modd gwneud y daflen ar gyfer y wers &quot;{title}&quot;: ar gam {number}, {what}. Gwiriwch ffeil y wers {file}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy just now (in another call, or a lesson), so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation type="vanished">Mae ffenestr CareLink yn brysur ar hyn o bryd (mewn galwad arall, neu wers), felly ni ddechreuwyd yr alwad hon ac ni wahoddwyd {name}. Rhowch gynnig arall arni pan fydd yn rhydd.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window.</source>
        <translation type="vanished">Mae&apos;r alwad yn agor yn ffenest CareLink.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in another call just now, so this one was not opened.</source>
        <translation type="vanished">Mae ffenest CareLink mewn galwad arall ar hyn o bryd, felly chafodd hon mo&apos;i hagor.</translation>
    </message>
</context>
</TS>
