<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CareLink</name>
    <message>
        <source>Latest news</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="vanished">{names} und {last}</translation>
    </message>
    <message>
        <source>A new message from {name}</source>
        <translation>Eine neue Nachricht von {name}</translation>
    </message>
    <message>
        <source>New messages from {names}</source>
        <translation>Neue Nachrichten von {names}</translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation>Gesendet an {names}</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} ruft an</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Call family</source>
        <translation>Familie anrufen</translation>
    </message>
    <message>
        <source>Check my camera</source>
        <translation>Meine Kamera prüfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Call {name}?</source>
        <translation>{name} anrufen?</translation>
    </message>
    <message>
        <source>The call can still open here: phone {name} to say you are calling.</source>
        <translation>Der Anruf kann trotzdem hier öffnen: Rufen Sie {name} per Telefon an und sagen Sie, dass Sie anrufen.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you when the connection is back, and the call will open here.</source>
        <translation>{name} bekommt eine E-Mail mit einem Link zum Anruf, sobald die Verbindung wieder da ist, und der Anruf öffnet sich hier.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you, and the call will open here.</source>
        <translation>{name} bekommt eine E-Mail mit einem Link zum Anruf, und der Anruf öffnet sich hier.</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>{name} anrufen</translation>
    </message>
    <message>
        <source>Tap the person you want to call.</source>
        <translation>Wen möchten Sie anrufen?</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Previous people</source>
        <translation>Vorige Personen</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>More people</source>
        <translation>Weitere Personen</translation>
    </message>
    <message>
        <source>There is nobody to call yet. Ask your family to add themselves in Settings, under Contacts.</source>
        <translation>Es gibt noch niemanden zum Anrufen. Bitten Sie Ihre Familie, sich in den Optionen unter Kontakte einzutragen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The call could not be opened</source>
        <translation>Der Anruf ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>The call&apos;s page did not open. The computer may not be connected to the internet just now. You can try again, or go back Home.</source>
        <translation>Die Seite des Anrufs hat sich nicht geöffnet. Vielleicht ist der Computer gerade nicht mit dem Internet verbunden. Sie können es noch einmal versuchen oder zurück zum Start gehen.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>Die Kamera ist belegt</translation>
    </message>
    <message>
        <source>Another program on this computer is using the camera, perhaps another video call. Close that program, then press Try again.</source>
        <translation>Ein anderes Programm auf diesem Computer benutzt die Kamera, vielleicht ein anderer Videoanruf. Schließen Sie dieses Programm und drücken Sie dann Erneut versuchen.</translation>
    </message>
    <message>
        <source>Your phone is calling {name}</source>
        <translation>Ihr Telefon ruft {name} an</translation>
    </message>
    <message>
        <source>The call goes through this computer&apos;s own phone program. When you have finished, press Home.</source>
        <translation>Der Anruf läuft über das Telefonprogramm dieses Computers. Wenn Sie fertig sind, drücken Sie Start.</translation>
    </message>
    <message>
        <source>{name}&apos;s call opens in another program</source>
        <translation>Der Anruf mit {name} öffnet sich in einem anderen Programm</translation>
    </message>
    <message>
        <source>The call opens in this computer&apos;s own program for it. When you have finished, press Home.</source>
        <translation>Der Anruf öffnet sich im passenden Programm dieses Computers. Wenn Sie fertig sind, drücken Sie Start.</translation>
    </message>
    <message>
        <source>Please phone {name}</source>
        <translation>Bitte rufen Sie {name} an</translation>
    </message>
    <message>
        <source>The call could not start by itself. Please phone this number:</source>
        <translation>Der Anruf konnte nicht von selbst beginnen. Bitte rufen Sie diese Nummer an:</translation>
    </message>
    <message>
        <source>This call could not be opened</source>
        <translation>Dieser Anruf ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>This computer has no program for this kind of call link. The family administrator can give {name} a different link in Settings.</source>
        <translation>Dieser Computer hat kein Programm für diese Art von Anruf-Link. Wer CareLink in der Familie betreut, kann {name} in den Optionen einen anderen Link geben.</translation>
    </message>
    <message>
        <source>You talked with {name} for less than a minute</source>
        <translation>Sie haben weniger als eine Minute mit {name} gesprochen</translation>
    </message>
    <message>
        <source>Your call with {name} lasted less than a minute</source>
        <translation>Ihr Anruf mit {name} dauerte weniger als eine Minute</translation>
    </message>
    <message>
        <source>You talked with {name} for 1 minute</source>
        <translation>Sie haben 1 Minute mit {name} gesprochen</translation>
    </message>
    <message>
        <source>Your call with {name} lasted 1 minute</source>
        <translation>Ihr Anruf mit {name} dauerte 1 Minute</translation>
    </message>
    <message>
        <source>You talked with {name} for {minutes} minutes</source>
        <translation>Sie haben {minutes} Minuten mit {name} gesprochen</translation>
    </message>
    <message>
        <source>Your call with {name} lasted {minutes} minutes</source>
        <translation>Ihr Anruf mit {name} dauerte {minutes} Minuten</translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation>{name} wird angerufen…</translation>
    </message>
    <message>
        <source>Getting the call ready. This takes a few seconds.</source>
        <translation>Der Anruf wird vorbereitet. Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <source>{name}&apos;s message had no call link in it. You can find it on your Messages.</source>
        <translation>In der Nachricht von {name} war kein Anruf-Link. Sie finden sie bei Ihren Nachrichten.</translation>
    </message>
    <message>
        <source>Joining {name}&apos;s call…</source>
        <translation>Anruf mit {name} beitreten…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The call could not be started</source>
        <translation>Der Anruf konnte nicht beginnen</translation>
    </message>
    <message>
        <source>Talking with {name}…</source>
        <translation>Gespräch mit {name}…</translation>
    </message>
    <message>
        <source>In a real call, {name}&apos;s face appears here and you can talk. This is only practice: nobody is called.</source>
        <translation>In einem echten Anruf sehen Sie hier das Gesicht von {name} und können sprechen. Das ist nur eine Übung: Niemand wird angerufen.</translation>
    </message>
    <message>
        <source>Your camera and microphone</source>
        <translation>Ihre Kamera und Ihr Mikrofon</translation>
    </message>
    <message>
        <source>This is what {name} will see</source>
        <translation>So wird {name} Sie sehen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Checking your camera and microphone…</source>
        <translation>Kamera und Mikrofon werden geprüft…</translation>
    </message>
    <message>
        <source>{name} has been sent a message to join. The call starts here as soon as {name} is there.</source>
        <translation>{name} hat eine Nachricht zum Beitreten bekommen. Der Anruf beginnt hier, sobald {name} da ist.</translation>
    </message>
    <message>
        <source>The call starts here in a moment.</source>
        <translation>Der Anruf beginnt hier gleich.</translation>
    </message>
    <message>
        <source>{name} has not joined yet</source>
        <translation>{name} ist noch nicht da</translation>
    </message>
    <message>
        <source>Perhaps {name} is busy just now. You can wait a little longer, or press Hang up and try again later.</source>
        <translation>Vielleicht hat {name} gerade keine Zeit. Sie können noch etwas warten, oder Auflegen drücken und es später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>{name} did not join this time. You can try again later.</source>
        <translation>{name} ist diesmal nicht gekommen. Sie können es später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>This is you. Say something: the bar moves when the microphone hears you.</source>
        <translation>Das sind Sie. Sagen Sie etwas: Der Balken bewegt sich, wenn das Mikrofon Sie hört.</translation>
    </message>
    <message>
        <source>The camera or microphone could not start. Another program may be using it.</source>
        <translation>Kamera oder Mikrofon konnte nicht starten. Vielleicht benutzt ein anderes Programm sie.</translation>
    </message>
    <message>
        <source>If you cannot see your face, sit where the camera can see you.</source>
        <translation>Wenn Sie Ihr Gesicht nicht sehen, setzen Sie sich so, dass die Kamera Sie sehen kann.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or this computer may not have one.</source>
        <translation>Die Kamera ließ sich nicht starten. Vielleicht benutzt ein anderes Programm sie, oder dieser Computer hat keine.</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>{name} is calling you</source>
        <translation>{name} ruft Sie an</translation>
    </message>
    <message>
        <source>Answer {name}&apos;s call</source>
        <translation>Anruf von {name} annehmen</translation>
    </message>
    <message>
        <source>Answering by itself in {seconds}…</source>
        <translation>Wird von selbst angenommen in {seconds}…</translation>
    </message>
    <message>
        <source>I&apos;m OK today</source>
        <translation>Mir geht es gut</translation>
    </message>
    <message>
        <source>Tell them again</source>
        <translation>Noch einmal sagen</translation>
    </message>
    <message>
        <source>Tap the big button to tell your family that you are OK today.</source>
        <translation>Tippen Sie auf den großen Knopf, um Ihrer Familie zu sagen, dass es Ihnen heute gut geht.</translation>
    </message>
    <message>
        <source>Thank you. It will go to your family when the connection is back.</source>
        <translation>Danke. Es geht an Ihre Familie, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Thank you. Your family will get your message.</source>
        <translation>Danke. Ihre Familie bekommt Ihre Nachricht.</translation>
    </message>
    <message>
        <source>You have already told your family today, at {time}.</source>
        <translation>Sie haben es Ihrer Familie heute schon gesagt, um {time}.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone your family.</source>
        <translation>CareLink konnte das nicht senden. Bitte rufen Sie Ihre Familie an.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again, or phone your family.</source>
        <translation>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal, oder rufen Sie Ihre Familie an.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>No more to add</source>
        <translation>Nichts mehr dazu</translation>
    </message>
    <message>
        <source>Yes, please call me</source>
        <translation>Ja, bitte rufen Sie mich an</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Zurück zum Start</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about a concern. Please phone your family or someone you trust.</source>
        <translation>Es ist noch niemand eingetragen, der Meldungen bekommt. Bitte rufen Sie Ihre Familie oder jemanden an, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Whoever set up CareLink can add a carer in Settings → Contacts.</source>
        <translation>Wer CareLink eingerichtet hat, kann unter Optionen → Kontakte eine Pflegekraft eintragen.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>Wenn Sie jetzt in Gefahr sind, rufen Sie {number} an.</translation>
    </message>
    <message>
        <source>your family</source>
        <translation>Ihre Familie</translation>
    </message>
    <message>
        <source>Your words for {name}, if you like</source>
        <translation>Ihre Worte an {name}, wenn Sie möchten</translation>
    </message>
    <message>
        <source>Would you like {name} to call you?</source>
        <translation>Soll {name} Sie anrufen?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <source>Tell {name} more</source>
        <translation>Mehr für {name}</translation>
    </message>
    <message>
        <source>Send to {name}?</source>
        <translation>An {name} senden?</translation>
    </message>
    <message>
        <source>Your words: “{words}”</source>
        <translation>Ihre Worte: „{words}“</translation>
    </message>
    <message>
        <source>No words added.</source>
        <translation>Keine Worte dazu.</translation>
    </message>
    <message>
        <source>You asked {name} to call you.</source>
        <translation>Sie haben {name} um einen Anruf gebeten.</translation>
    </message>
    <message>
        <source>You did not ask for a call.</source>
        <translation>Sie haben um keinen Anruf gebeten.</translation>
    </message>
    <message>
        <source>No carer is set up, so this goes to {names}.</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht das an {names}.</translation>
    </message>
    <message>
        <source>That is too long to send: {count} letters at most.</source>
        <translation>Das ist zu lang zum Senden: höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Sorry, it could not be saved. Please try again, or phone {name}.</source>
        <translation>Das konnte leider nicht gespeichert werden. Bitte versuchen Sie es noch einmal, oder rufen Sie {name} an.</translation>
    </message>
    <message>
        <source>your carer</source>
        <translation>Ihre Pflegekraft</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink kann noch keine Nachrichten senden – bitten Sie Ihre Familie, die E-Mail einzurichten</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Ihre Familie muss das E-Mail-Passwort prüfen</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}</source>
        <translation>CareLink konnte das nicht senden. Bitte rufen Sie {name} an: {phone}</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}</source>
        <translation>CareLink konnte das nicht senden. Bitte rufen Sie {name} an</translation>
    </message>
    <message>
        <source>{name} has seen your concern ✓ {time}</source>
        <translation>{name} hat Ihre Meldung gesehen ✓ {time}</translation>
    </message>
    <message>
        <source>No answer from {name} yet — we have told {others} too</source>
        <translation>Noch keine Antwort von {name} – wir haben auch {others} Bescheid gesagt</translation>
    </message>
    <message>
        <source>Sent to {name} at {time} ✓</source>
        <translation>Um {time} an {name} gesendet ✓</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — it will go to {others} when the connection is back</source>
        <translation>Die E-Mail an {name} ging nicht – sie geht an {others}, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — sending to {others}…</source>
        <translation>Die E-Mail an {name} ging nicht – wird an {others} gesendet…</translation>
    </message>
    <message>
        <source>It will be sent to {name} when the connection is back</source>
        <translation>Wird an {name} gesendet, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>Sending to {name}…</source>
        <translation>Wird an {name} gesendet…</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names}. {why}</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht das an {names}. {why}</translation>
    </message>
    <message>
        <source>No carer is set up, so this went to {names} at {time} ✓</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum ging das um {time} an {names} ✓</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names} when the connection is back</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht das an {names}, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>No carer is set up, so this is going to {names}…</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht das jetzt an {names}…</translation>
    </message>
    <message>
        <source>You told your family you&apos;re OK at {time}</source>
        <translation>Sie haben Ihrer Familie um {time} gesagt, dass es Ihnen gut geht</translation>
    </message>
    <message>
        <source>You said you&apos;re OK at {time} — it has not reached your family yet</source>
        <translation>Sie haben um {time} gesagt, dass es Ihnen gut geht – Ihre Familie hat es noch nicht bekommen</translation>
    </message>
    <message>
        <source>Welcome to CareLink</source>
        <translation>Willkommen bei CareLink</translation>
    </message>
    <message>
        <source>Welcome to CareLink. All of this can be changed later in Settings.</source>
        <translation>Willkommen bei CareLink. All das lässt sich später in den Optionen ändern.</translation>
    </message>
    <message>
        <source>What is their first name?</source>
        <translation>Wie ist der Vorname?</translation>
    </message>
    <message>
        <source>Just looking? The demo has a pretend family: nothing reaches a real person.</source>
        <translation>Nur mal schauen? Die Demo hat eine Übungsfamilie: Nichts erreicht einen echten Menschen.</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Lieber die Demo ausprobieren</translation>
    </message>
    <message>
        <source>Which language should CareLink speak? Its emails to the family are written in it too.</source>
        <translation>Welche Sprache soll CareLink sprechen? Auch die E-Mails an die Familie sind in dieser Sprache.</translation>
    </message>
    <message>
        <source>Which country do they live in?</source>
        <translation>In welchem Land lebt die Person?</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN for Settings, so that only the family can change them. Write it down somewhere safe.</source>
        <translation>Wählen Sie eine 4-stellige PIN für die Optionen, damit nur die Familie sie ändern kann. Schreiben Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>New 4-digit PIN</source>
        <translation>Neue 4-stellige PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>The email account CareLink reads the family&apos;s messages from. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation type="vanished">Das E-Mail-Konto, aus dem CareLink die Nachrichten der Familie liest. Wenn Sie die Angaben nicht zur Hand haben, drücken Sie Erst einmal überspringen und richten Sie es später in den Optionen ein.</translation>
    </message>
    <message>
        <source>Which email does CareLink use? It reads the family&apos;s messages from it. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation>Welche E-Mail nutzt CareLink? Es liest daraus die Nachrichten der Familie. Wenn Sie die Angaben nicht zur Hand haben, drücken Sie Erst einmal überspringen und richten Sie sie später in den Optionen ein.</translation>
    </message>
    <message>
        <source>The email address CareLink uses.</source>
        <translation>Die E-Mail-Adresse, die CareLink nutzt.</translation>
    </message>
    <message>
        <source>Who in the family will send messages? Only their messages reach the wall; others wait in Settings.</source>
        <translation>Wer in der Familie wird Nachrichten schicken? Nur deren Nachrichten kommen an die Pinnwand; andere warten in den Optionen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>The carer: the person who gets a message when something is wrong. You can skip this and add them later in Settings → Contacts.</source>
        <translation>Die Pflegekraft: die Person, die eine Nachricht bekommt, wenn etwas nicht stimmt. Sie können das überspringen und sie später unter Optionen → Kontakte eintragen.</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Name der Pflegekraft</translation>
    </message>
    <message>
        <source>Carer&apos;s email address</source>
        <translation>E-Mail der Pflegekraft</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Erst einmal überspringen</translation>
    </message>
    <message>
        <source>Setting up, step {number} of {total}</source>
        <translation>Einrichten, Schritt {number} von {total}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>That could not be saved. Please try again.</source>
        <translation>Das konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Please choose the language CareLink should speak.</source>
        <translation>Bitte wählen Sie die Sprache, die CareLink sprechen soll.</translation>
    </message>
    <message>
        <source>Please choose the country they live in, or Elsewhere.</source>
        <translation>Bitte wählen Sie das Land, in dem die Person lebt, oder Anderswo.</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>Die beiden PINs sind verschieden. Bitte tippen Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>Please choose who provides the email, or Other.</source>
        <translation>Bitte wählen Sie, wer die E-Mail bereitstellt, oder Andere.</translation>
    </message>
    <message>
        <source>On the list so far: {names}</source>
        <translation>Bisher auf der Liste: {names}</translation>
    </message>
    <message>
        <source>Added. Type the next person, or press Next.</source>
        <translation>Hinzugefügt. Tippen Sie die nächste Person ein, oder drücken Sie Weiter.</translation>
    </message>
    <message>
        <source>Please add at least one family member, so that their messages can reach the wall.</source>
        <translation>Bitte tragen Sie mindestens ein Familienmitglied ein, damit seine Nachrichten an die Pinnwand kommen.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Alles ist aktuell</translation>
    </message>
    <message>
        <source>Looking for new messages…</source>
        <translation>Neue Nachrichten werden gesucht…</translation>
    </message>
    <message>
        <source>Demo household — everything is up to date</source>
        <translation>Demo-Haushalt – alles ist aktuell</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Offline – Nachrichten gehen raus, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} neu</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>I&apos;m OK today, done</source>
        <translation>Mir geht es gut, erledigt</translation>
    </message>
    <message>
        <source>Something important could not be sent — your family can see why in Settings</source>
        <translation>Etwas Wichtiges konnte nicht gesendet werden – Ihre Familie sieht in den Optionen, warum</translation>
    </message>
    <message>
        <source>You have 1 new message.</source>
        <translation>Sie haben 1 neue Nachricht.</translation>
    </message>
    <message>
        <source>You have {count} new messages.</source>
        <translation>Sie haben {count} neue Nachrichten.</translation>
    </message>
    <message>
        <source>There are no new messages.</source>
        <translation>Es gibt keine neuen Nachrichten.</translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation>{app} – Demo</translation>
    </message>
    <message>
        <source>A call for you</source>
        <translation>Ein Anruf für Sie</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>{app} — {screen}</source>
        <translation>{app} – {screen}</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save new messages just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Dieser Computer hat keinen Platz mehr, darum kann CareLink gerade keine neuen Nachrichten speichern. Nichts ist verloren: Bitte machen Sie etwas Platz frei (oder bitten Sie Ihre Familie um Hilfe), dann macht CareLink weiter.</translation>
    </message>
    <message>
        <source>CareLink has a problem</source>
        <translation>CareLink hat ein Problem</translation>
    </message>
    <message>
        <source>Reading… Stop</source>
        <translation>Liest vor… Stopp</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="vanished">{count} Bytes</translation>
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
        <translation>Auch das Original jedes Fotos behalten</translation>
    </message>
    <message>
        <source>CareLink keeps a copy of each photo made for the screen. The photo as it came takes about ten times the room, so keep the originals only if the family wants them (they are in CareLink&apos;s data folder).</source>
        <translation>CareLink behält von jedem Foto eine Kopie für den Bildschirm. Das Foto im Original braucht etwa zehnmal so viel Platz. Behalten Sie die Originale also nur, wenn die Familie sie möchte (sie liegen im Datenordner von CareLink).</translation>
    </message>
    <message>
        <source>Remove the originals</source>
        <translation>Originale entfernen</translation>
    </message>
    <message>
        <source>Yes, remove the originals</source>
        <translation>Ja, Originale entfernen</translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation>Originale behalten</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Nur die Bildschirmkopien zu behalten würde {size} sparen.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}.</source>
        <translation>Die bisher behaltenen Originale brauchen {size}.</translation>
    </message>
    <message>
        <source>Keeping display copies only saves {size}.</source>
        <translation>Nur die Bildschirmkopien zu behalten spart {size}.</translation>
    </message>
    <message>
        <source>CareLink could not find out how much room the photos take.</source>
        <translation>CareLink konnte nicht herausfinden, wie viel Platz die Fotos brauchen.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}. Remove them? Every photo stays on the wall, and this cannot be undone.</source>
        <translation>Die bisher behaltenen Originale brauchen {size}. Sollen sie entfernt werden? Alle Fotos bleiben an der Pinnwand, und das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Removing the originals…</source>
        <translation>Originale werden entfernt…</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Die Originale sind entfernt. Alle Fotos sind noch an der Pinnwand.</translation>
    </message>
    <message>
        <source>The originals could not all be removed. Please try again.</source>
        <translation>Nicht alle Originale konnten entfernt werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Kept: shown on the wall.</source>
        <translation>Behalten: wird an der Pinnwand gezeigt.</translation>
    </message>
    <message>
        <source>Not kept: too big, or damaged. The wall says so.</source>
        <translation>Nicht behalten: zu groß oder beschädigt. Die Pinnwand sagt es.</translation>
    </message>
    <message>
        <source>Not kept: CareLink can&apos;t show this kind. The wall says so.</source>
        <translation>Nicht behalten: CareLink kann diese Art nicht zeigen. Die Pinnwand sagt es.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Everything the family attached to their messages besides photos. Voice messages, videos and PDF documents play or show on the wall; for anything else the wall says it came.</source>
        <translation>Alles, was die Familie außer Fotos an ihre Nachrichten angehängt hat. Sprachnachrichten, Videos und PDF-Dokumente werden an der Pinnwand abgespielt oder gezeigt; bei allem anderen sagt die Pinnwand, dass es gekommen ist.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Noch keine Anhänge.</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Videoanrufe</translation>
    </message>
    <message>
        <source>The Jitsi Meet server for calls: meet.jit.si, or your care organisation&apos;s own (like https://jitsi.example.org)</source>
        <translation>Der Jitsi-Meet-Server für Anrufe: meet.jit.si oder der eigene Ihres Pflegedienstes (wie https://jitsi.example.org)</translation>
    </message>
    <message>
        <source>On meet.jit.si, the family member signs in with their Google account the first time, to start the call; CareLink&apos;s invite email tells them so. A care organisation&apos;s own Jitsi server can let calls start with no signing in.</source>
        <translation>Auf meet.jit.si meldet sich das Familienmitglied beim ersten Mal mit seinem Google-Konto an, um den Anruf zu starten; die Einladung von CareLink sagt ihm das. Der eigene Jitsi-Server eines Pflegedienstes kann Anrufe ohne Anmelden starten lassen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check my camera and microphone</source>
        <translation>Kamera und Mikrofon prüfen</translation>
    </message>
    <message>
        <source>Saved. New calls use {server}.</source>
        <translation>Gespeichert. Neue Anrufe nutzen {server}.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>Check-in and concerns</source>
        <translation>„Mir geht es gut“ und Meldungen</translation>
    </message>
    <message>
        <source>The time by which “I&apos;m OK today” is expected each day, like 11:00 (leave it empty for no alert)</source>
        <translation>Die Uhrzeit, bis zu der „Mir geht es gut“ jeden Tag erwartet wird, wie 11:00 (leer lassen für keine Warnung)</translation>
    </message>
    <message>
        <source>When it has not come by then, the family is told. Tell the carers too?</source>
        <translation>Wenn es bis dahin nicht gekommen ist, wird die Familie benachrichtigt. Die Pflegekräfte auch?</translation>
    </message>
    <message>
        <source>Yes, the carers too</source>
        <translation>Ja, die Pflegekräfte auch</translation>
    </message>
    <message>
        <source>No, only the family</source>
        <translation>Nein, nur die Familie</translation>
    </message>
    <message>
        <source>Tell the carers too?</source>
        <translation>Die Pflegekräfte auch benachrichtigen?</translation>
    </message>
    <message>
        <source>How long a carer has to answer a concern before the backup carer is told, like 30 minutes or 2 hours</source>
        <translation>Wie lange eine Pflegekraft Zeit hat, auf eine Meldung zu antworten, bevor die Ersatz-Pflegekraft benachrichtigt wird, wie 30 Minuten oder 2 Stunden</translation>
    </message>
    <message>
        <source>Saved. “I&apos;m OK today” is expected by {time}.</source>
        <translation>Gespeichert. „Mir geht es gut“ wird bis {time} erwartet.</translation>
    </message>
    <message>
        <source>Saved. There is no alert when “I&apos;m OK today” does not come.</source>
        <translation>Gespeichert. Es gibt keine Warnung, wenn „Mir geht es gut“ nicht kommt.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Start CareLink when the computer starts</source>
        <translation>CareLink mit dem Computer starten</translation>
    </message>
    <message>
        <source>Full screen, always (kiosk mode)</source>
        <translation>Immer Vollbild (Kiosk-Modus)</translation>
    </message>
    <message>
        <source>Hides the desktop so CareLink cannot be closed by accident. Closing it then needs the PIN.</source>
        <translation>Verbirgt den Desktop, damit CareLink nicht aus Versehen geschlossen wird. Zum Schließen braucht man dann die PIN.</translation>
    </message>
    <message>
        <source>Close CareLink now, for example to use the computer for something else.</source>
        <translation>CareLink jetzt schließen, zum Beispiel um den Computer für etwas anderes zu nutzen.</translation>
    </message>
    <message>
        <source>Close CareLink</source>
        <translation>CareLink schließen</translation>
    </message>
    <message>
        <source>So {name} never has to look for it.</source>
        <translation>Damit {name} nie danach suchen muss.</translation>
    </message>
    <message>
        <source>So it is always ready.</source>
        <translation>Damit es immer bereit ist.</translation>
    </message>
    <message>
        <source>CareLink could not find out whether it starts with the computer.</source>
        <translation>CareLink konnte nicht herausfinden, ob es mit dem Computer startet.</translation>
    </message>
    <message>
        <source>CareLink could not change whether it starts with the computer. Please try again.</source>
        <translation>CareLink konnte nicht ändern, ob es mit dem Computer startet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>CareLink could not change how it starts with the computer. Turn “Start CareLink when the computer starts” off and on again to fix it.</source>
        <translation>CareLink konnte nicht ändern, wie es mit dem Computer startet. Schalten Sie „CareLink mit dem Computer starten“ aus und wieder ein, um es zu beheben.</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>Ersatz-Pflegekraft</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Phone number (for a carer: shown if a concern cannot be sent)</source>
        <translation>Telefonnummer (bei einer Pflegekraft: wird gezeigt, wenn eine Meldung nicht gesendet werden kann)</translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation>Wer ist das?</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>Main carer</source>
        <translation>Haupt-Pflegekraft</translation>
    </message>
    <message>
        <source>Backup carer</source>
        <translation>Ersatz-Pflegekraft</translation>
    </message>
    <message>
        <source>Main or backup carer</source>
        <translation>Haupt- oder Ersatz-Pflegekraft</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>{name} ändern</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Calls use:</source>
        <translation>Anrufe über:</translation>
    </message>
    <message>
        <source>A video room made for them</source>
        <translation>Einen eigenen Videoraum</translation>
    </message>
    <message>
        <source>Their own link</source>
        <translation>Eigenen Link</translation>
    </message>
    <message>
        <source>Their call link (it starts with https://), or their phone number</source>
        <translation>Anruf-Link (beginnt mit https://) oder Telefonnummer</translation>
    </message>
    <message>
        <source>Answer their calls by themselves, after a 10-second countdown?</source>
        <translation>Anrufe dieser Person von selbst annehmen, nach 10 Sekunden Countdown?</translation>
    </message>
    <message>
        <source>No, ring and wait</source>
        <translation>Nein, klingeln und warten</translation>
    </message>
    <message>
        <source>Yes, answer by themselves</source>
        <translation>Ja, von selbst annehmen</translation>
    </message>
    <message>
        <source>Please type in their call link, or choose &quot;A video room made for them&quot;.</source>
        <translation>Bitte tippen Sie den Anruf-Link ein, oder wählen Sie &quot;Einen eigenen Videoraum&quot;.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No carer is set up yet, so &quot;Report a concern&quot; goes to the family instead. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Es ist noch keine Pflegekraft eingetragen, darum geht &quot;Problem melden&quot; an die Familie. Tragen Sie die Pflegekraft als Kontakt ein und wählen Sie &quot;Pflegekraft&quot;.</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about &quot;Report a concern&quot;. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Es ist noch niemand eingetragen, der &quot;Problem melden&quot; bekommt. Tragen Sie die Pflegekraft als Kontakt ein und wählen Sie &quot;Pflegekraft&quot;.</translation>
    </message>
    <message>
        <source>A concern</source>
        <translation>Eine Meldung</translation>
    </message>
    <message>
        <source>A missed check-in alert</source>
        <translation>Eine Warnung: „Mir geht es gut“ fehlt</translation>
    </message>
    <message>
        <source>{what} could not be sent to {to}: {why}</source>
        <translation>{what} konnte nicht an {to} gesendet werden: {why}</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Wählen Sie zuerst einen Kontakt in der Liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The contact could not be saved. Please try again.</source>
        <translation>Der Kontakt konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Yes, remove {name}</source>
        <translation>Ja, {name} entfernen</translation>
    </message>
    <message>
        <source>{name} has been removed.</source>
        <translation>{name} wurde entfernt.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Who provides the email account?</source>
        <translation>Wer stellt das E-Mail-Konto bereit?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The mail servers (filled in for the providers above)</source>
        <translation>Die Mailserver (für die Anbieter oben schon ausgefüllt)</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Server für eingehende Mail (IMAP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Port für eingehende Mail</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Server für ausgehende Mail (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Port für ausgehende Mail</translation>
    </message>
    <message>
        <source>User name (leave empty if it is the email address)</source>
        <translation>Benutzername (leer lassen, wenn es die E-Mail-Adresse ist)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
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
        <translation>Keine (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Password (leave empty to keep the saved one)</source>
        <translation>Passwort (leer lassen, um das gespeicherte zu behalten)</translation>
    </message>
    <message>
        <source>Type the server names and ports your email provider gives for mail programs. Most providers need an app password rather than the usual one.</source>
        <translation type="vanished">Tippen Sie die Servernamen und Ports ein, die Ihr E-Mail-Anbieter für Mailprogramme angibt. Die meisten Anbieter brauchen ein App-Passwort statt des üblichen.</translation>
    </message>
    <message>
        <source>Please choose the security: SSL/TLS or STARTTLS.</source>
        <translation>Bitte wählen Sie die Sicherheit: SSL/TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>Please type the email address.</source>
        <translation>Bitte tippen Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Most providers need an app password rather than the usual one. Their help pages say how to make one, and give the server names and ports for mail programs.</source>
        <translation>Die meisten Anbieter brauchen ein App-Passwort statt des üblichen. Ihre Hilfeseiten sagen, wie man eines macht, und nennen die Servernamen und Ports für Mailprogramme.</translation>
    </message>
    <message>
        <source>Please type the incoming mail server&apos;s name, like imap.example.com.</source>
        <translation>Bitte tippen Sie den Namen des Servers für eingehende Mail ein, etwa imap.example.com.</translation>
    </message>
    <message>
        <source>Please type the outgoing mail server&apos;s name, like smtp.example.com.</source>
        <translation>Bitte tippen Sie den Namen des Servers für ausgehende Mail ein, etwa smtp.example.com.</translation>
    </message>
    <message>
        <source>Please type the password (for most providers, an app password).</source>
        <translation>Bitte tippen Sie das Passwort ein (bei den meisten Anbietern ein App-Passwort).</translation>
    </message>
    <message>
        <source>Saved. The password is kept in this computer&apos;s password store.</source>
        <translation>Gespeichert. Das Passwort liegt im Passwortspeicher dieses Computers.</translation>
    </message>
    <message>
        <source>The email account could not be saved. Please try again.</source>
        <translation>Das E-Mail-Konto konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <source>Messages from people who are not on the contact list wait here, so that strangers never reach the wall, and so do automatic messages (read receipts, out-of-office replies). Only the family sees them.</source>
        <translation>Nachrichten von Leuten, die nicht in der Kontaktliste stehen, warten hier, damit Fremde nie an die Pinnwand kommen, ebenso automatische Nachrichten (Lesebestätigungen, Abwesenheitsnotizen). Nur die Familie sieht sie.</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>Der Text der Nachricht</translation>
    </message>
    <message>
        <source>Just this message</source>
        <translation>Nur diese Nachricht</translation>
    </message>
    <message>
        <source>Their name, as it will show on the wall</source>
        <translation>Der Name, wie er an der Pinnwand steht</translation>
    </message>
    <message>
        <source>Put on the wall</source>
        <translation>An die Pinnwand</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Ja, löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>{sender}
“{subject}”
{when} — held: {reason}</source>
        <translation>{sender}
„{subject}“
{when} – wartet: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Nothing is held just now.</source>
        <translation>Gerade wartet keine Nachricht.</translation>
    </message>
    <message>
        <source>{count} held. Choose one to read it.</source>
        <translation>Wartend: {count}. Wählen Sie eine zum Lesen.</translation>
    </message>
    <message>
        <source>What {sender} wrote:</source>
        <translation>Was {sender} geschrieben hat:</translation>
    </message>
    <message>
        <source>(This message has no words, only pictures or attachments.)</source>
        <translation>(Diese Nachricht hat keinen Text, nur Bilder oder Anhänge.)</translation>
    </message>
    <message>
        <source>Also add {address} as family</source>
        <translation>{address} auch als Familie eintragen</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>Wählen Sie zuerst eine Nachricht in der Liste.</translation>
    </message>
    <message>
        <source>Please type their name, so the wall can show who it is from.</source>
        <translation>Bitte tippen Sie den Namen ein, damit die Pinnwand zeigt, von wem sie ist.</translation>
    </message>
    <message>
        <source>Putting it on the wall…</source>
        <translation>Kommt an die Pinnwand…</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now, and {name} is on the contact list.</source>
        <translation>Die Nachricht von {sender} ist jetzt an der Pinnwand, und {name} steht in der Kontaktliste.</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now.</source>
        <translation>Die Nachricht von {sender} ist jetzt an der Pinnwand.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Delete the message from {sender}? It cannot be brought back.</source>
        <translation>Die Nachricht von {sender} löschen? Sie lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>The message from {sender} has been deleted.</source>
        <translation>Die Nachricht von {sender} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Schrift und Farben</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Stimme ausprobieren</translation>
    </message>
    <message>
        <source>Loudness of voice messages and videos</source>
        <translation>Lautstärke von Sprachnachrichten und Videos</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Stimmen werden gesucht…</translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation>Die übliche Stimme des Computers</translation>
    </message>
    <message>
        <source>No voices could be found.</source>
        <translation>Es wurden keine Stimmen gefunden.</translation>
    </message>
    <message>
        <source>Hello {name}. This is how I will read your messages.</source>
        <translation>Hallo {name}. So lese ich Ihre Nachrichten vor.</translation>
    </message>
    <message>
        <source>About the person using CareLink</source>
        <translation>Über die Person, die CareLink nutzt</translation>
    </message>
    <message>
        <source>Their first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The language CareLink speaks and writes its emails in (it changes at once)</source>
        <translation>Die Sprache, in der CareLink spricht und E-Mails schreibt (sie wechselt sofort)</translation>
    </message>
    <message>
        <source>The country they live in (it sets the emergency number)</source>
        <translation>Das Land, in dem die Person lebt (bestimmt die Notrufnummer)</translation>
    </message>
    <message>
        <source>Language and country, like en-GB (leave empty for this computer&apos;s)</source>
        <translation>Sprache und Land, wie de-DE (leer lassen für die des Computers)</translation>
    </message>
    <message>
        <source>Emergency number (leave empty for the country&apos;s own)</source>
        <translation>Notrufnummer (leer lassen für die des Landes)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>Die PIN wurde geändert.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>Die PIN konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Email account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>CareLink reads the family&apos;s messages from this email account and sends replies from it. It is best to make a new address just for CareLink.</source>
        <translation>CareLink liest die Nachrichten der Familie aus diesem E-Mail-Konto und sendet Antworten darüber. Am besten legen Sie eine neue Adresse nur für CareLink an.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>CareLink keeps passwords only in this computer&apos;s password store, never in its own files.</source>
        <translation>CareLink bewahrt Passwörter nur im Passwortspeicher dieses Computers auf, nie in eigenen Dateien.</translation>
    </message>
    <message>
        <source>Please save first: Test connection checks the saved account.</source>
        <translation>Bitte zuerst speichern: Verbindung testen prüft das gespeicherte Konto.</translation>
    </message>
    <message>
        <source>Checking… this can take up to a minute.</source>
        <translation>Wird geprüft… das kann bis zu einer Minute dauern.</translation>
    </message>
    <message>
        <source>CareLink could not check the email account. Please try again.</source>
        <translation>CareLink konnte das E-Mail-Konto nicht prüfen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This is the demo household: its PIN is 1234.</source>
        <translation>Das ist der Demo-Haushalt: Die PIN ist 1234.</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Ziffer {digit}</translation>
    </message>
    <message>
        <source>The number keys are switched off for a moment.</source>
        <translation>Die Zifferntasten sind kurz ausgeschaltet.</translation>
    </message>
    <message>
        <source>Please type the 4-digit PIN for Settings.</source>
        <translation>Bitte tippen Sie die 4-stellige PIN für die Optionen ein.</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe.</source>
        <translation>Wählen Sie eine 4-stellige PIN, die die Optionen schützt. Schreiben Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Please type the same PIN again.</source>
        <translation>Bitte tippen Sie dieselbe PIN noch einmal.</translation>
    </message>
    <message>
        <source>{count} of 4 digits typed</source>
        <translation>{count} von 4 Ziffern getippt</translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose one again.</source>
        <translation>Die beiden PINs waren verschieden. Bitte wählen Sie noch einmal eine.</translation>
    </message>
    <message>
        <source>CareLink could not check the PIN just now. Please try again.</source>
        <translation>CareLink konnte die PIN gerade nicht prüfen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Sie können die PIN jetzt wieder eingeben.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times. Please wait {time}, then try again.</source>
        <translation>{count}-mal falsche PIN. Bitte warten Sie {time} und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Optionen schließen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Über die Person</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>No carer is set up, so a concern goes to the family instead ({names}). Add a carer in Contacts.</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht eine Meldung an die Familie ({names}). Tragen Sie unter Kontakte eine Pflegekraft ein.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.</source>
        <translation>Niemand ist eingetragen, der Meldungen bekommt. Tragen Sie unter Kontakte eine Pflegekraft (und die Familie) ein.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not known (tap to turn on)</source>
        <translation>Unbekannt (zum Einschalten tippen)</translation>
    </message>
    <message>
        <source>✓ On (tap to turn off)</source>
        <translation>✓ Ein (zum Ausschalten tippen)</translation>
    </message>
    <message>
        <source>Off (tap to turn on)</source>
        <translation>Aus (zum Einschalten tippen)</translation>
    </message>
    <message>
        <source>CareLink cannot tell whether this is on</source>
        <translation>CareLink weiß nicht, ob das eingeschaltet ist</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer: a part of CareLink is missing. Please install CareLink again.</source>
        <translation>Auf diesem Computer lassen sich keine Merkblätter machen: Ein Teil von CareLink fehlt. Bitte installieren Sie CareLink neu.</translation>
    </message>
    <message>
        <source>CareLink could not start a new page of the handout.</source>
        <translation>CareLink konnte keine neue Seite des Merkblatts beginnen.</translation>
    </message>
    <message>
        <source>CareLink could not start printing the handout. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink konnte das Drucken des Merkblatts nicht starten. Prüfen Sie den Drucker (oder den Ordner für die PDF-Datei) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>CareLink — {title}</source>
        <translation>CareLink – {title}</translation>
    </message>
    <message>
        <source>CareLink — practice handout for {name}</source>
        <translation>CareLink – Übungsblatt für {name}</translation>
    </message>
    <message>
        <source>CareLink — practice handout</source>
        <translation>CareLink – Übungsblatt</translation>
    </message>
    <message>
        <source>This lesson has {count} steps. Each page shows one step. The part of the screen to use has a yellow ring round it.</source>
        <translation type="vanished">Diese Lektion hat {count} Schritte. Jede Seite zeigt einen Schritt. Der Teil des Bildschirms, den man benutzt, hat einen gelben Ring.</translation>
    </message>
    <message>
        <source>This lesson has {count} steps, two on each page. In each picture, the part of the screen to use has a thick black ring round it, with the step&apos;s number on its corner.</source>
        <translation>Diese Lektion hat {count} Schritte, zwei auf jeder Seite. Auf jedem Bild hat der Teil des Bildschirms, den Sie benutzen, einen dicken schwarzen Ring, mit der Nummer des Schritts an der Ecke.</translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation>Zum Beispiel: „{words}“</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path} ({reason}). Please choose another folder.</source>
        <translation>CareLink konnte das Merkblatt nicht als {path} speichern ({reason}). Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path}.</source>
        <translation>CareLink konnte das Merkblatt nicht als {path} speichern.</translation>
    </message>
    <message>
        <source>A handout is being made already. Please wait a moment.</source>
        <translation>Es wird schon ein Merkblatt gemacht. Bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>The handout could not be made. Please try again.</source>
        <translation>Das Merkblatt konnte nicht gemacht werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Das Drucken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>Noch mal zeigen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Practise it again</source>
        <translation>Noch einmal üben</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Zurück zu den Lektionen</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>You are practising now. Nothing you do here reaches a real person.</source>
        <translation>Sie üben gerade. Nichts hier erreicht echte Menschen.</translation>
    </message>
    <message>
        <source>Practise with a pretend family.</source>
        <translation>Üben Sie mit einer Übungsfamilie.</translation>
    </message>
    <message>
        <source>Nothing you do here reaches a real person.</source>
        <translation>Nichts hier erreicht echte Menschen.</translation>
    </message>
    <message>
        <source>Previous lessons</source>
        <translation>Vorige Lektionen</translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation>Weitere Lektionen</translation>
    </message>
    <message>
        <source>There are no lessons on this computer.</source>
        <translation>Auf diesem Computer gibt es keine Lektionen.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Kursmodus</translation>
    </message>
    <message>
        <source>For the people who run workshops</source>
        <translation>Für die Leute, die Kurse leiten</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Practice lesson</source>
        <translation>Übungslektion</translation>
    </message>
    <message>
        <source>CareLink could not start printing the certificate. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink konnte die Urkunde nicht drucken. Prüfen Sie den Drucker (oder den Ordner für die PDF-Datei) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>CareLink — certificate</source>
        <translation>CareLink – Urkunde</translation>
    </message>
    <message>
        <source>Well done, {name}!</source>
        <translation>Gut gemacht, {name}!</translation>
    </message>
    <message>
        <source>Today you learned to:</source>
        <translation>Heute haben Sie gelernt:</translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation>Urkunde für {name}</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Urkunde drucken</translation>
    </message>
    <message>
        <source>CareLink could not save the certificate as {path}.</source>
        <translation>CareLink konnte die Urkunde nicht als {path} speichern.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>You have finished: {title}.</source>
        <translation>Sie sind fertig: {title}.</translation>
    </message>
    <message>
        <source>Nothing to press just now. Wait a moment: it happens by itself.</source>
        <translation>Gerade gibt es nichts zu drücken. Warten Sie kurz: Es passiert von selbst.</translation>
    </message>
    <message>
        <source>When you have read this, tap Next.</source>
        <translation>Wenn Sie das gelesen haben, tippen Sie auf Weiter.</translation>
    </message>
    <message>
        <source>Wait a moment, then do what the words at the bottom say.</source>
        <translation>Warten Sie kurz, dann tun Sie, was unten steht.</translation>
    </message>
    <message>
        <source>Nearly! Tap the part with the yellow ring around it.</source>
        <translation>Fast! Tippen Sie auf den Teil mit dem gelben Ring.</translation>
    </message>
    <message>
        <source>To stop practising, tap Stop practising.</source>
        <translation>Zum Aufhören tippen Sie auf Übung beenden.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped at step {step} of {steps}</source>
        <translation type="vanished">bei Schritt {step} von {steps} aufgehört</translation>
    </message>
    <message>
        <source>on step {step} of {steps}</source>
        <translation type="vanished">bei Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>stopped after {done} of {steps} steps</source>
        <translation>angehalten nach {done} von {steps} Schritten</translation>
    </message>
    <message>
        <source>{done} of {steps} steps done so far</source>
        <translation>{done} von {steps} Schritten bisher geschafft</translation>
    </message>
    <message>
        <source>{learner}: {lesson}, {how} ({time})</source>
        <translation>{learner}: {lesson}, {how} ({time})</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Kursmodus verlassen</translation>
    </message>
    <message>
        <source>1. Choose a lesson</source>
        <translation type="vanished">1. Wählen Sie eine Lektion</translation>
    </message>
    <message>
        <source>2. Type the learner&apos;s first name</source>
        <translation type="vanished">2. Tippen Sie den Vornamen ein</translation>
    </message>
    <message>
        <source>The learner&apos;s first name</source>
        <translation>Vorname der Person, die übt</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Merkblatt als PDF speichern</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Reset the pretend family (between learners)</source>
        <translation>Übungsfamilie zurücksetzen (zwischen zwei Personen)</translation>
    </message>
    <message>
        <source>Forget the list of learners</source>
        <translation>Liste der Teilnehmenden vergessen</translation>
    </message>
    <message>
        <source>Certificate for this learner</source>
        <translation>Urkunde für diese Person</translation>
    </message>
    <message>
        <source>To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).</source>
        <translation>Um den Kursmodus zu verlassen, drücken Sie Kursmodus verlassen und tippen Sie die PIN ein (oder drücken Sie Strg+Umschalt+L).</translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation>Lektion beginnen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Later learners</source>
        <translation>Spätere Teilnehmende</translation>
    </message>
    <message>
        <source>Earlier learners</source>
        <translation>Frühere Teilnehmende</translation>
    </message>
    <message>
        <source>Please choose a lesson first.</source>
        <translation>Bitte wählen Sie zuerst eine Lektion.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name (up to 30 letters).</source>
        <translation>Bitte tippen Sie den Vornamen der Person ein (bis zu 30 Zeichen).</translation>
    </message>
    <message>
        <source>Carry on from step {step}</source>
        <translation>Weiter ab Schritt {step}</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Print the certificate.</source>
        <translation>Bitte tippen Sie den Vornamen der Person ein, dann tippen Sie auf Urkunde drucken.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Certificate for this learner.</source>
        <translation>Bitte tippen Sie den Vornamen der Person ein, dann tippen Sie auf Urkunde für diese Person.</translation>
    </message>
    <message>
        <source>Handout: {lesson}</source>
        <translation>Merkblatt: {lesson}</translation>
    </message>
    <message>
        <source>Certificate: {learner}</source>
        <translation>Urkunde: {learner}</translation>
    </message>
    <message>
        <source>Yes, forget every learner</source>
        <translation>Ja, alle Teilnehmenden vergessen</translation>
    </message>
    <message>
        <source>This forgets how every learner got on. Tap Yes, forget every learner to do it.</source>
        <translation>Damit wird vergessen, wie es allen Teilnehmenden ergangen ist. Tippen Sie dazu auf Ja, alle Teilnehmenden vergessen.</translation>
    </message>
    <message>
        <source>The list of learners is empty now ({count} forgotten).</source>
        <translation>Die Liste der Teilnehmenden ist jetzt leer ({count} vergessen).</translation>
    </message>
    <message>
        <source>Nobody has practised yet.</source>
        <translation>Noch niemand hat geübt.</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer.</source>
        <translation>Auf diesem Computer lassen sich keine Merkblätter machen.</translation>
    </message>
    <message>
        <source>Making the handout… this takes a few seconds.</source>
        <translation>Das Merkblatt wird gemacht… das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}</source>
        <translation>Das Merkblatt ist gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The handout went to the printer.</source>
        <translation>Das Merkblatt ging an den Drucker.</translation>
    </message>
    <message>
        <source>The certificate went to the printer.</source>
        <translation>Die Urkunde ging an den Drucker.</translation>
    </message>
    <message>
        <source>The certificate is saved in {path}</source>
        <translation>Die Urkunde ist gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The pretend family is fresh again: their messages are back as they were, ready for the next learner.</source>
        <translation>Die Übungsfamilie ist wieder wie neu: Ihre Nachrichten sind wie vorher, bereit für die nächste Person.</translation>
    </message>
    <message>
        <source>The practice could not start. Please try again, or reset the practice family.</source>
        <translation>Die Übung konnte nicht starten. Bitte versuchen Sie es noch einmal, oder setzen Sie die Übungsfamilie zurück.</translation>
    </message>
    <message>
        <source>Please finish the lesson on show first.</source>
        <translation>Bitte beenden Sie zuerst die Lektion, die gerade läuft.</translation>
    </message>
    <message>
        <source>The practice family could not be reset.</source>
        <translation>Die Übungsfamilie konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>ein paar Sekunden</translation>
    </message>
    <message>
        <source>about a quarter of a minute</source>
        <translation>etwa eine Viertelminute</translation>
    </message>
    <message>
        <source>half a minute</source>
        <translation>eine halbe Minute</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>etwa eine Minute</translation>
    </message>
    <message>
        <source>a minute and a half</source>
        <translation>anderthalb Minuten</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>etwa {count} Minuten</translation>
    </message>
    <message>
        <source>about an hour</source>
        <translation>etwa eine Stunde</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>etwa {count} Stunden</translation>
    </message>
    <message>
        <source>a voice message</source>
        <translation>eine Sprachnachricht</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>eine Kontaktkarte</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a slide show</source>
        <translation>eine Präsentation</translation>
    </message>
    <message>
        <source>a folder of files</source>
        <translation>einen Ordner mit Dateien</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>A voice message from {name}</source>
        <translation>Eine Sprachnachricht von {name}</translation>
    </message>
    <message>
        <source>A video from {name}</source>
        <translation>Ein Video von {name}</translation>
    </message>
    <message>
        <source>A document from {name}</source>
        <translation>Ein Dokument von {name}</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that was too big for CareLink to keep. Ask the family to help.</source>
        <translation>{name} hat auch {thing} geschickt ({file}), zu groß für CareLink zum Behalten. Bitten Sie die Familie um Hilfe.</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that CareLink can&apos;t show. Ask the family to help.</source>
        <translation>{name} hat auch {thing} geschickt ({file}), das CareLink nicht zeigen kann. Bitten Sie die Familie um Hilfe.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to hear it.</source>
        <translation>{name} hat {thing} geschickt, {length} lang. Drücken Sie Abspielen zum Anhören.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to watch it.</source>
        <translation>{name} hat {thing} geschickt, {length} lang. Drücken Sie Abspielen zum Ansehen.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to hear it.</source>
        <translation>{name} hat {thing} geschickt. Drücken Sie Abspielen zum Anhören.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to watch it.</source>
        <translation>{name} hat {thing} geschickt. Drücken Sie Abspielen zum Ansehen.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {file}, shown on the card.</source>
        <translation>{name} hat {thing} geschickt, {file}, auf der Karte gezeigt.</translation>
    </message>
    <message>
        <source>This photo could not be shown</source>
        <translation>Dieses Foto konnte nicht gezeigt werden</translation>
    </message>
    <message>
        <source>Scroll the message up</source>
        <translation>In der Nachricht nach oben</translation>
    </message>
    <message>
        <source>Scroll the message down</source>
        <translation>In der Nachricht nach unten</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>{name} wanted a video call, {when}.</source>
        <translation>{name} wollte einen Videoanruf, {when}.</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to see it large.</source>
        <translation>Foto von {name}. Tippen, um es groß zu sehen.</translation>
    </message>
    <message>
        <source>Photo {number} of {total} from {name}. Tap to see it large.</source>
        <translation>Foto {number} von {total} von {name}. Tippen, um es groß zu sehen.</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Vorige Nachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Auf diese Nachricht antworten</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Nächste Nachricht</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <source>Message {number} of {total}</source>
        <translation>Nachricht {number} von {total}</translation>
    </message>
    <message>
        <source>{count} of the {total} photos could not be shown.</source>
        <translation>{count} der {total} Fotos konnten nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>A photo came with this message but could not be shown.</source>
        <translation>Mit dieser Nachricht kam ein Foto, aber es konnte nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>{count} photos came with this message but could not be shown.</source>
        <translation>Mit dieser Nachricht kamen {count} Fotos, aber sie konnten nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gestern {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>There is a photo with this message.</source>
        <translation>Zu dieser Nachricht gibt es ein Foto.</translation>
    </message>
    <message>
        <source>There are {count} photos with this message.</source>
        <translation>Zu dieser Nachricht gibt es {count} Fotos.</translation>
    </message>
    <message>
        <source>From {name}, {when}.</source>
        <translation>Von {name}, {when}.</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Abspielen</translation>
    </message>
    <message>
        <source>▶  Play the voice message</source>
        <translation>▶  Sprachnachricht abspielen</translation>
    </message>
    <message>
        <source>▶  Play the video</source>
        <translation>▶  Video abspielen</translation>
    </message>
    <message>
        <source>This voice message can&apos;t be played on this computer.</source>
        <translation>Diese Sprachnachricht lässt sich auf diesem Computer nicht abspielen.</translation>
    </message>
    <message>
        <source>This video can&apos;t be played on this computer.</source>
        <translation>Dieses Video lässt sich auf diesem Computer nicht abspielen.</translation>
    </message>
    <message>
        <source>Ask the family to help.</source>
        <translation>Bitten Sie die Familie um Hilfe.</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopp</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>◀  Previous page</source>
        <translation type="vanished">◀  Vorige Seite</translation>
    </message>
    <message>
        <source>Next page  ▶</source>
        <translation type="vanished">Nächste Seite  ▶</translation>
    </message>
    <message>
        <source>A document from {name}: {file}</source>
        <translation>Ein Dokument von {name}: {file}</translation>
    </message>
    <message>
        <source>This document can&apos;t be shown on this computer. Ask the family to help.</source>
        <translation>Dieses Dokument lässt sich auf diesem Computer nicht zeigen. Bitten Sie die Familie um Hilfe.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Page {number} of {total} of the document {file}</source>
        <translation>Seite {number} von {total} des Dokuments {file}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Foto schließen</translation>
    </message>
    <message>
        <source>Photo from {name}</source>
        <translation>Foto von {name}</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to close it.</source>
        <translation>Foto von {name}. Tippen, um es zu schließen.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Danke!</translation>
    </message>
    <message>
        <source>Lovely!</source>
        <translation>Wie schön!</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Bitte ruf mich an</translation>
    </message>
    <message>
        <source>Love you</source>
        <translation>Hab dich lieb</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gesendet ✓</translation>
    </message>
    <message>
        <source>Will send when the connection is back</source>
        <translation>Wird gesendet, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>This reply could not be delivered. Your family can see why in Settings.</source>
        <translation>Diese Antwort konnte nicht zugestellt werden. Ihre Familie sieht in den Optionen, warum.</translation>
    </message>
    <message>
        <source>Sorry, the reply could not be saved. Please try again.</source>
        <translation>Die Antwort konnte leider nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Reply “{words}”</source>
        <translation>„{words}“ antworten</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation>Ihre Antwort an {name}:</translation>
    </message>
    <message>
        <source>Your reply to {name}</source>
        <translation>Ihre Antwort an {name}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages yet. When your family writes, their messages will appear here.</source>
        <translation>Noch keine Nachrichten. Wenn Ihre Familie schreibt, erscheinen die Nachrichten hier.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Sorry, this message could not be shown.</source>
        <translation>Diese Nachricht konnte leider nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>{screen}, {number} of {total}</source>
        <translation>{screen}, {number} von {total}</translation>
    </message>
    <message>
        <source>A new message has arrived. Press Previous to see it.</source>
        <translation>Eine neue Nachricht ist gekommen. Drücken Sie Zurück, um sie zu sehen.</translation>
    </message>
    <message>
        <source>{count} new messages have arrived. Press Previous to see them.</source>
        <translation>{count} neue Nachrichten sind gekommen. Drücken Sie Zurück, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Bitte schreiben Sie etwas zum Senden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto von {name}</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Das Foto</translation>
    </message>
    <message>
        <source>Their initials, {initials}</source>
        <translation>Die Initialen, {initials}</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation type="vanished">Mir geht es nicht gut</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation type="vanished">Einsam oder traurig</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation type="vanished">Ein Problem mit meiner Pflege</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation type="vanished">Jemand macht mir Sorgen</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation type="vanished">Zu Hause ist etwas kaputt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="vanished">Etwas anderes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>{when} — New</source>
        <translation>{when} – Neu</translation>
    </message>
    <message>
        <source>It is {date}.</source>
        <translation>Heute ist {date}.</translation>
    </message>
    <message>
        <source>Practice — nothing is sent to anyone</source>
        <translation>Übung – nichts wird an jemanden gesendet</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The folder {folder} is not CareLink&apos;s practice household, so CareLink leaves it alone. Move it, or use another data folder for workshops.</source>
        <translation>Der Ordner {folder} ist nicht der Übungshaushalt von CareLink, darum lässt CareLink ihn in Ruhe. Verschieben Sie ihn, oder nehmen Sie für Kurse einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>CareLink could not clear the practice household ({problem}). Close the tutorial and try again.</source>
        <translation>CareLink konnte den Übungshaushalt nicht leeren ({problem}). Schließen Sie die Übung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address. It should look like sarah@example.com.</source>
        <translation>&apos;{address}&apos; ist keine E-Mail-Adresse. Sie sollte aussehen wie sarah@example.com.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification in the Google Account, then make an app password under Security → App passwords, and type that here instead of the usual password.</source>
        <translation>Schalten Sie im Google-Konto die Bestätigung in zwei Schritten ein, erstellen Sie unter Sicherheit → App-Passwörter ein App-Passwort und geben Sie es hier statt des gewohnten Passworts ein.</translation>
    </message>
    <message>
        <source>In Yahoo&apos;s Account Security page choose &apos;Generate app password&apos; and type that here.</source>
        <translation>Wählen Sie auf Yahoos Seite „Kontosicherheit“ „App-Passwort generieren“ und geben Sie es hier ein.</translation>
    </message>
    <message>
        <source>At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.</source>
        <translation>Wählen Sie auf appleid.apple.com unter „Anmeldung und Sicherheit“ „App-spezifische Passwörter“ und erstellen Sie eines.</translation>
    </message>
    <message>
        <source>In Fastmail&apos;s Settings → Privacy &amp; Security → Manage app passwords, make one for &apos;Mail (IMAP/SMTP)&apos;.</source>
        <translation>Erstellen Sie in Fastmails Einstellungen → Datenschutz &amp; Sicherheit → App-Passwörter verwalten eines für „Mail (IMAP/SMTP)“.</translation>
    </message>
    <message>
        <source>In GMX&apos;s settings, allow POP3/IMAP access first; then use the usual GMX password here.</source>
        <translation>Erlauben Sie zuerst in den GMX-Einstellungen den Zugriff per POP3/IMAP; geben Sie dann hier das gewohnte GMX-Passwort ein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server name for {which}. It looks like imap.example.com.</source>
        <translation>&apos;{value}&apos; ist kein Servername für {which}. Er sieht aus wie imap.example.com.</translation>
    </message>
    <message>
        <source>The {which} port must be between 1 and 65535; {default} is usual.</source>
        <translation>Der Port für {which} muss zwischen 1 und 65535 liegen; üblich ist {default}.</translation>
    </message>
    <message>
        <source>Security must be ssl or starttls (or none, only for a server on this computer).</source>
        <translation>Die Sicherheit muss ssl oder starttls sein (oder none, nur für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>CareLink only talks to mail servers over a secure connection (ssl or starttls). &apos;none&apos; is allowed only for a server on this computer.</source>
        <translation>CareLink spricht mit Mailservern nur über eine sichere Verbindung (ssl oder starttls). &apos;none&apos; ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>That user name has characters a mail server would not accept.</source>
        <translation>Dieser Benutzername hat Zeichen, die ein Mailserver nicht annehmen würde.</translation>
    </message>
    <message>
        <source>The {which} port must be a number, like {default}.</source>
        <translation>Der Port für {which} muss eine Zahl sein, wie {default}.</translation>
    </message>
    <message>
        <source>The mail server is answering too slowly; CareLink will try again.</source>
        <translation>Der Mailserver antwortet zu langsam; CareLink versucht es noch einmal.</translation>
    </message>
    <message>
        <source>The email server did not accept the password. Many providers need an app password for programs like CareLink; the setup screen says how to make one.</source>
        <translation>Der Mailserver hat das Passwort nicht angenommen. Viele Anbieter brauchen für Programme wie CareLink ein App-Passwort; die Einrichtung zeigt, wie man eins macht.</translation>
    </message>
    <message>
        <source>No internet connection, or the mail server {host} is not answering. CareLink will try again later.</source>
        <translation>Keine Internetverbindung, oder der Mailserver {host} antwortet nicht. CareLink versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>The mail server gave an answer CareLink did not understand. CareLink will try again later.</source>
        <translation>Der Mailserver hat eine Antwort gegeben, die CareLink nicht verstanden hat. CareLink versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>CareLink has no password saved for this email account. Type it again in the email settings.</source>
        <translation>CareLink hat für dieses E-Mail-Konto kein Passwort gespeichert. Tippen Sie es in den E-Mail-Optionen noch einmal ein.</translation>
    </message>
    <message>
        <source>The mail server could not check the password just now. CareLink will try again later.</source>
        <translation>Der Mailserver konnte das Passwort gerade nicht prüfen. CareLink versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>The email server cannot take a password with letters like é or ü. Make an app password for CareLink instead.</source>
        <translation>Der Mailserver nimmt kein Passwort mit Buchstaben wie é oder ü an. Machen Sie stattdessen ein App-Passwort für CareLink.</translation>
    </message>
    <message>
        <source>The mail folder &apos;{folder}&apos; was not found on the server.</source>
        <translation>Der Mailordner &apos;{folder}&apos; wurde auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer a secure connection on port {port}. Check the port and security setting.</source>
        <translation>Der Mailserver {host} bietet auf Port {port} keine sichere Verbindung an. Prüfen Sie Port und Sicherheit.</translation>
    </message>
    <message>
        <source>The email server wants a password, and CareLink has none saved. Type it again in the email settings.</source>
        <translation>Der Mailserver will ein Passwort, und CareLink hat keins gespeichert. Tippen Sie es in den E-Mail-Optionen noch einmal ein.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer what CareLink needs to send (a way to sign in, or addresses with non-English letters). Check the server settings.</source>
        <translation>Der Mailserver {host} bietet nicht, was CareLink zum Senden braucht (eine Art der Anmeldung, oder Adressen mit nicht-englischen Buchstaben). Prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}. Check that address.</source>
        <translation>Der Mailserver wollte nicht an {addresses} zustellen. Prüfen Sie diese Adresse.</translation>
    </message>
    <message>
        <source>The mail server refused this message. It may be too large, or the server does not allow this sender.</source>
        <translation>Der Mailserver hat diese Nachricht abgelehnt. Vielleicht ist sie zu groß, oder der Server erlaubt diesen Absender nicht.</translation>
    </message>
    <message>
        <source>The mail server {host} could not prove who it is (its certificate is not trusted), so CareLink did not send it anything. Check the server name.</source>
        <translation>Der Mailserver {host} konnte nicht beweisen, wer er ist (sein Zertifikat ist nicht vertrauenswürdig), darum hat CareLink ihm nichts geschickt. Prüfen Sie den Servernamen.</translation>
    </message>
    <message>
        <source>CareLink could not make a secure connection to {host} on port {port}. Check the port and security setting, or try again later.</source>
        <translation>CareLink konnte keine sichere Verbindung zu {host} auf Port {port} herstellen. Prüfen Sie Port und Sicherheit, oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>CareLink could not find the mail server {host}. Check the server name, or the internet connection.</source>
        <translation>CareLink hat den Mailserver {host} nicht gefunden. Prüfen Sie den Servernamen oder die Internetverbindung.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}; the other people got it. Check that address.</source>
        <translation>Der Mailserver wollte nicht an {addresses} zustellen; die anderen haben es bekommen. Prüfen Sie diese Adresse.</translation>
    </message>
    <message>
        <source>The mail server cannot take mail for {addresses} just now. CareLink will try again later.</source>
        <translation>Der Mailserver kann gerade keine Mail für {addresses} annehmen. CareLink versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>The mail server is busy and could not take the message just now. CareLink will try again later.</source>
        <translation>Der Mailserver ist beschäftigt und konnte die Nachricht gerade nicht annehmen. CareLink versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Optionen: {settings}</translation>
    </message>
    <message>
        <source>CareLink: keep in touch with family.</source>
        <translation>CareLink: in Verbindung mit der Familie bleiben.</translation>
    </message>
    <message>
        <source>where the household&apos;s data lives (default: your user data folder; or set CARELINK_DATA_DIR)</source>
        <translation>wo die Daten des Haushalts liegen (sonst: Ihr Benutzerdatenordner; oder setzen Sie CARELINK_DATA_DIR)</translation>
    </message>
    <message>
        <source>use the demo household with a pretend family</source>
        <translation>den Vorführhaushalt mit einer Übungsfamilie benutzen</translation>
    </message>
    <message>
        <source>start CareLink&apos;s window (the default)</source>
        <translation>das Fenster von CareLink öffnen (Standard)</translation>
    </message>
    <message>
        <source>fill the whole screen</source>
        <translation>den ganzen Bildschirm füllen</translation>
    </message>
    <message>
        <source>open the workshop tutorial</source>
        <translation>den Übungskurs öffnen</translation>
    </message>
    <message>
        <source>add, list or remove contacts</source>
        <translation>Kontakte hinzufügen, auflisten oder entfernen</translation>
    </message>
    <message>
        <source>add a contact</source>
        <translation>einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>this carer is the backup carer</source>
        <translation>diese Pflegekraft ist die Ersatz-Pflegekraft</translation>
    </message>
    <message>
        <source>a JPEG, PNG or GIF picture of them</source>
        <translation>ein Bild der Person als JPEG, PNG oder GIF</translation>
    </message>
    <message>
        <source>their own video-call link (https://…) or phone number; without it, calls use a Jitsi Meet room made for them</source>
        <translation>ein eigener Videoanruf-Link (https://…) oder eine Telefonnummer; ohne ihn nutzen Anrufe einen Jitsi-Meet-Raum, der für die Person gemacht wird</translation>
    </message>
    <message>
        <source>their calls answer by themselves after 10 s</source>
        <translation>ihre Anrufe werden nach 10 s von selbst angenommen</translation>
    </message>
    <message>
        <source>their phone number (a carer&apos;s is shown when a concern cannot be sent)</source>
        <translation>ihre Telefonnummer (die einer Pflegekraft wird gezeigt, wenn eine Meldung nicht gesendet werden kann)</translation>
    </message>
    <message>
        <source>the language of the emails CareLink sends them, like cy or de (default: the household&apos;s)</source>
        <translation>die Sprache der E-Mails, die CareLink der Person schickt, etwa cy oder de (sonst: die des Haushalts)</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>Kontakte auflisten</translation>
    </message>
    <message>
        <source>remove a contact</source>
        <translation>einen Kontakt entfernen</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>eine Option lesen oder ändern</translation>
    </message>
    <message>
        <source>show a setting</source>
        <translation>eine Option zeigen</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>eine Option ändern</translation>
    </message>
    <message>
        <source>answer yes to its question (photos.keep_originals off: remove the originals kept so far)</source>
        <translation>seine Frage mit Ja beantworten (photos.keep_originals off: die bisher behaltenen Originale entfernen)</translation>
    </message>
    <message>
        <source>Added {name} ({email}) as contact {id}.</source>
        <translation>{name} ({email}) ist als Kontakt {id} hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} ist entfernt.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>Ersatz-Pflegekraft</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>Telefon {number}</translation>
    </message>
    <message>
        <source>CareLink could not use its data folder: {problem}.</source>
        <translation>CareLink konnte seinen Datenordner nicht benutzen: {problem}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy with a call just now, so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation>Das Fenster von CareLink ist gerade mit einem Anruf beschäftigt. Dieser Anruf wurde deshalb nicht gestartet und {name} wurde nicht eingeladen. Bitte versuchen Sie es wieder, wenn es frei ist.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in a lesson just now, so this call was not started and {name} was not invited. Please try again when the lesson is over.</source>
        <translation>Im Fenster von CareLink läuft gerade eine Lektion. Dieser Anruf wurde deshalb nicht gestartet und {name} wurde nicht eingeladen. Bitte versuchen Sie es wieder, wenn die Lektion vorbei ist.</translation>
    </message>
    <message>
        <source>CareLink is still being set up in its window, so this call was not started and {name} was not invited. Please finish setting it up first.</source>
        <translation>CareLink wird in seinem Fenster noch eingerichtet. Dieser Anruf wurde deshalb nicht gestartet und {name} wurde nicht eingeladen. Bitte richten Sie CareLink zuerst fertig ein.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is showing the demo with its pretend family, not this household, so this call was not started and {name} was not invited.</source>
        <translation>Das Fenster von CareLink zeigt die Demo mit ihrer Übungsfamilie, nicht diesen Haushalt. Dieser Anruf wurde deshalb nicht gestartet und {name} wurde nicht eingeladen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>sent to the backup too</source>
        <translation>auch an die Ersatz-Pflegekraft gesendet</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>call invite</source>
        <translation>Anrufeinladung</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Mir geht es gut</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Concern {reference} is kept; your family can see it in &apos;carelink outbox&apos;.</source>
        <translation>Meldung {reference} ist gespeichert; Ihre Familie sieht sie mit &apos;carelink outbox&apos;.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}. ({why}{kept})</source>
        <translation>CareLink konnte das nicht senden. Bitte rufen Sie {name} an. ({why}{kept})</translation>
    </message>
    <message>
        <source>The mail server said: {reason} </source>
        <translation>Der Mailserver sagte: {reason} </translation>
    </message>
    <message>
        <source>CareLink could not tell the family: the mail server refused it. {why}Please phone them instead.</source>
        <translation>CareLink konnte der Familie nicht Bescheid geben: Der Mailserver hat es abgelehnt. {why}Bitte rufen Sie sie stattdessen an.</translation>
    </message>
    <message>
        <source>report a concern to the carer</source>
        <translation>der Pflegekraft ein Problem melden</translation>
    </message>
    <message>
        <source>send a concern to the carer</source>
        <translation>der Pflegekraft eine Meldung senden</translation>
    </message>
    <message>
        <source>the person&apos;s own words</source>
        <translation>die eigenen Worte der Person</translation>
    </message>
    <message>
        <source>they would like the carer to call</source>
        <translation>die Person möchte, dass die Pflegekraft anruft</translation>
    </message>
    <message>
        <source>list concerns and how far they have got</source>
        <translation>Meldungen auflisten und zeigen, wie weit sie sind</translation>
    </message>
    <message>
        <source>tell the family &quot;I&apos;m OK today&quot;</source>
        <translation>der Familie sagen: „Mir geht es gut“</translation>
    </message>
    <message>
        <source>start a video call with a contact (sends them an invite)</source>
        <translation>einen Videoanruf mit einem Kontakt beginnen (schickt eine Einladung)</translation>
    </message>
    <message>
        <source>send the invite but do not open the call here</source>
        <translation>die Einladung senden, aber den Anruf hier nicht öffnen</translation>
    </message>
    <message>
        <source>No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Es ist keine Pflegekraft eingetragen, darum geht diese Meldung an die Familie: {names}. (Eine Pflegekraft fügen Sie so hinzu: &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})</source>
        <translation>CareLink konnte das nicht senden. Bitte rufen Sie {name} an: {phone}. ({why}{kept})</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work, so it was sent to {others} instead. (Concern {reference})</source>
        <translation>Die E-Mail-Adresse von {name} hat nicht funktioniert, darum ging sie an {others}. (Meldung {reference})</translation>
    </message>
    <message>
        <source>, seen by {name}</source>
        <translation>, gesehen von {name}</translation>
    </message>
    <message>
        <source>Stored at {time}, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Um {time} gespeichert, nicht gesendet: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Sent to {name}. (Concern {reference})</source>
        <translation>An {name} gesendet. (Meldung {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: another CareLink on this computer is telling the family.</source>
        <translation>Um {time} gespeichert: ein anderes CareLink auf diesem Computer sagt es der Familie.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window. {name} is sent the invite as soon as it has opened there.</source>
        <translation>Der Anruf öffnet sich im Fenster von CareLink. {name} bekommt die Einladung, sobald er dort offen ist.</translation>
    </message>
    <message>
        <source>The invite to {name} was not sent: {why}. Phone them to say you are calling.</source>
        <translation>Die Einladung an {name} wurde nicht gesendet: {why}. Rufen Sie an und sagen Sie, dass Sie einen Videoanruf starten.</translation>
    </message>
    <message>
        <source>The call could not be opened here: open the link below in a web browser.</source>
        <translation>Der Anruf konnte hier nicht geöffnet werden: öffnen Sie den Link unten in einem Webbrowser.</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work; it will be sent to {others} when the connection is back. (Concern {reference})</source>
        <translation>Die E-Mail-Adresse von {name} hat nicht funktioniert; sie geht an {others}, sobald die Verbindung wieder da ist. (Meldung {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: the family will be told when the connection is back.</source>
        <translation>Um {time} gespeichert: die Familie erfährt es, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Told the family you&apos;re OK at {time}.</source>
        <translation>Die Familie weiß, dass es Ihnen gut geht ({time}).</translation>
    </message>
    <message>
        <source>The invite to {name} could not be sent. {why}Phone them to say you are calling.</source>
        <translation>Die Einladung an {name} konnte nicht gesendet werden. {why}Rufen Sie an und sagen Sie, dass Sie einen Videoanruf starten.</translation>
    </message>
    <message>
        <source>Invited {name} to the call (the invite will go when the connection is back).</source>
        <translation>{name} ist zum Anruf eingeladen (die Einladung geht, sobald die Verbindung wieder da ist).</translation>
    </message>
    <message>
        <source>Invited {name} to the call.</source>
        <translation>{name} ist zum Anruf eingeladen.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})</source>
        <translation>Gespeichert, nicht gesendet: {why}. Sie geht an {name}, sobald das erledigt ist. (Meldung {reference})</translation>
    </message>
    <message>
        <source>Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})</source>
        <translation>Gespeichert: ein anderes CareLink auf diesem Computer sendet sie an {name}. (Meldung {reference})</translation>
    </message>
    <message>
        <source>Stored: it will be sent to {name} when the connection is back. (Concern {reference})</source>
        <translation>Gespeichert: sie geht an {name}, sobald die Verbindung wieder da ist. (Meldung {reference})</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Über die Standardeingabe kam kein Passwort.</translation>
    </message>
    <message>
        <source>Saved the email account {address}. &apos;carelink sync --once&apos; fetches the mail.</source>
        <translation>Das E-Mail-Konto {address} ist gespeichert. &apos;carelink sync --once&apos; holt die Post.</translation>
    </message>
    <message>
        <source>{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.</source>
        <translation>{new} neu, {held} für die Familie zurückgehalten, {sent} gesendet, {waiting} warten aufs Senden.</translation>
    </message>
    <message>
        <source>Email is not set up yet. Use &apos;carelink setup email&apos; first.</source>
        <translation>E-Mail ist noch nicht eingerichtet. Nutzen Sie zuerst &apos;carelink setup email&apos;.</translation>
    </message>
    <message>
        <source>set up the email account</source>
        <translation>das E-Mail-Konto einrichten</translation>
    </message>
    <message>
        <source>the email account CareLink reads and sends with</source>
        <translation>das E-Mail-Konto, mit dem CareLink liest und sendet</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>das Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>also set the Settings PIN, read from standard input (after the password&apos;s line)</source>
        <translation>auch die PIN der Optionen setzen, von der Standardeingabe gelesen (nach der Zeile des Passworts)</translation>
    </message>
    <message>
        <source>fetch new mail and send the outbox</source>
        <translation>neue Post abholen und Wartendes senden</translation>
    </message>
    <message>
        <source>one pass, then stop (exit 1 if the server is unreachable)</source>
        <translation>einmal, dann aufhören (Code 1, wenn der Server nicht erreichbar ist)</translation>
    </message>
    <message>
        <source>list the messages on the wall</source>
        <translation>die Nachrichten an der Pinnwand auflisten</translation>
    </message>
    <message>
        <source>list, approve or reject mail held from unknown senders</source>
        <translation>zurückgehaltene Post von Unbekannten auflisten, annehmen oder ablehnen</translation>
    </message>
    <message>
        <source>put a held message on the wall</source>
        <translation>eine zurückgehaltene Nachricht an die Pinnwand stellen</translation>
    </message>
    <message>
        <source>also add the sender as a family contact</source>
        <translation>den Absender auch als Familienkontakt hinzufügen</translation>
    </message>
    <message>
        <source>delete a held message</source>
        <translation>eine zurückgehaltene Nachricht löschen</translation>
    </message>
    <message>
        <source>reply to a message on the wall</source>
        <translation>auf eine Nachricht an der Pinnwand antworten</translation>
    </message>
    <message>
        <source>list what is being sent</source>
        <translation>auflisten, was gerade gesendet wird</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: CareLink will try again.</source>
        <translation>{problem} Nichts ist verloren: CareLink versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Message {id} is on the wall now (as message {wall_id}).</source>
        <translation>Nachricht {id} ist jetzt an der Pinnwand (als Nachricht {wall_id}).</translation>
    </message>
    <message>
        <source>The reply could not be delivered: {problem}</source>
        <translation>Die Antwort konnte nicht zugestellt werden: {problem}</translation>
    </message>
    <message>
        <source>Fetched {done} of {total} messages…</source>
        <translation>{done} von {total} Nachrichten geholt…</translation>
    </message>
    <message>
        <source>Message {id} has been deleted.</source>
        <translation>Nachricht {id} ist gelöscht.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Gespeichert, nicht gesendet: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Will send when the connection is back ({why}).</source>
        <translation>Wird gesendet, sobald die Verbindung wieder da ist ({why}).</translation>
    </message>
    <message>
        <source>to {addresses}  tries: {tries}</source>
        <translation>an {addresses}  Versuche: {tries}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to remove them: </source>
        <translation>Die bisher behaltenen Originale entfernen ({size})? Alle Fotos bleiben an der Pinnwand. Tippen Sie {yes}, um sie zu entfernen: </translation>
    </message>
    <message>
        <source>Keeping display copies only has saved {size}.</source>
        <translation>Nur die Bildschirmkopien zu behalten hat {size} gespart.</translation>
    </message>
    <message>
        <source>From now on the original of each photo is kept too, beside the copy CareLink shows. An original takes about ten times the room.</source>
        <translation>Ab jetzt wird auch das Original jedes Fotos behalten, neben der Kopie, die CareLink zeigt. Ein Original braucht etwa zehnmal so viel Platz.</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Nur die Bildschirmkopien zu behalten würde {size} sparen.</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Die Originale sind entfernt. Alle Fotos sind noch an der Pinnwand.</translation>
    </message>
    <message>
        <source>The originals kept so far stay ({size}). To remove them: carelink settings set photos.keep_originals off --yes</source>
        <translation>Die bisher behaltenen Originale bleiben ({size}). Zum Entfernen: carelink settings set photos.keep_originals off --yes</translation>
    </message>
    <message>
        <source>Settings has no PIN yet, so anyone at this computer can open it. Choose one with: echo 2580 | carelink pin set (with your own 4 digits).</source>
        <translation>Die Optionen haben noch keine PIN, darum kann jeder an diesem Computer sie öffnen. Wählen Sie eine mit: echo 2580 | carelink pin set (mit Ihren eigenen 4 Ziffern).</translation>
    </message>
    <message>
        <source>The Settings PIN is set. Keep it somewhere safe.</source>
        <translation>Die PIN der Optionen ist gesetzt. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>New PIN (4 digits, not shown): </source>
        <translation>Neue PIN (4 Ziffern, wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set</source>
        <translation>Über die Standardeingabe kam keine PIN. Tippen Sie sie so ein: echo 2580 | carelink pin set</translation>
    </message>
    <message>
        <source>set the 4-digit PIN that keeps Settings safe</source>
        <translation>die 4-stellige PIN setzen, die die Optionen schützt</translation>
    </message>
    <message>
        <source>set the PIN, read from standard input (one line, 4 digits)</source>
        <translation>die PIN setzen, von der Standardeingabe gelesen (eine Zeile, 4 Ziffern)</translation>
    </message>
    <message>
        <source>Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. Typed at a terminal, it is asked for without showing it.</source>
        <translation>Liest die neue PIN von der Standardeingabe, z. B. echo 2580 | carelink pin set. In einem Terminal wird sie abgefragt, ohne sie zu zeigen.</translation>
    </message>
    <message>
        <source>save a picture of a screen</source>
        <translation>ein Bild eines Bildschirms speichern</translation>
    </message>
    <message>
        <source>width x height, like 1280x800</source>
        <translation>Breite x Höhe, etwa 1280x800</translation>
    </message>
    <message>
        <source>render at this text size without changing the setting</source>
        <translation>in dieser Textgröße zeichnen, ohne die Option zu ändern</translation>
    </message>
    <message>
        <source>The practice household is fresh again: the pretend family&apos;s messages are back as they were.</source>
        <translation>Der Übungshaushalt ist wieder frisch: Die Nachrichten der Übungsfamilie sind wieder wie vorher.</translation>
    </message>
    <message>
        <source>practising</source>
        <translation>übt gerade</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>workshop lessons with a pretend family</source>
        <translation>Übungslektionen mit einer Übungsfamilie</translation>
    </message>
    <message>
        <source>list the lessons</source>
        <translation>die Lektionen auflisten</translation>
    </message>
    <message>
        <source>check a lesson file you wrote, naming every problem with its line</source>
        <translation>eine selbst geschriebene Lektionsdatei prüfen und jedes Problem mit seiner Zeile nennen</translation>
    </message>
    <message>
        <source>the lesson&apos;s .toml file</source>
        <translation>die .toml-Datei der Lektion</translation>
    </message>
    <message>
        <source>make the practice household fresh again, for the next learner</source>
        <translation>den Übungshaushalt wieder frisch machen, für die nächste Person</translation>
    </message>
    <message>
        <source>list the learners and how far each got</source>
        <translation>die Teilnehmenden auflisten und wie weit jede Person kam</translation>
    </message>
    <message>
        <source>forget every learner&apos;s progress</source>
        <translation>den Fortschritt aller Teilnehmenden vergessen</translation>
    </message>
    <message>
        <source>save a lesson&apos;s handout as a PDF, to print</source>
        <translation>das Merkblatt einer Lektion als PDF speichern, zum Drucken</translation>
    </message>
    <message>
        <source>the lesson&apos;s id (see tutorial list)</source>
        <translation>die Kennung der Lektion (siehe tutorial list)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die PDF-Datei, die gespeichert werden soll</translation>
    </message>
    <message>
        <source>the learner&apos;s name, put on the handout and in its words</source>
        <translation>der Name der Person, die übt, auf dem Merkblatt und in seinem Text</translation>
    </message>
    <message>
        <source>save a learner&apos;s certificate for today&apos;s lessons as a PDF</source>
        <translation>die Urkunde einer Person für die heutigen Lektionen als PDF speichern</translation>
    </message>
    <message>
        <source>the learner&apos;s name, as typed in workshop mode</source>
        <translation>der Name der Person, die übt, wie er im Kursmodus eingetippt wurde</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: no problems found.</source>
        <translation>{file}: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} Schritte</translation>
    </message>
    <message>
        <source>Forgot 1 learner record.</source>
        <translation>1 Eintrag aus der Liste der Teilnehmenden vergessen.</translation>
    </message>
    <message>
        <source>Forgot {count} learner records.</source>
        <translation>{count} Einträge aus der Liste der Teilnehmenden vergessen.</translation>
    </message>
    <message>
        <source>{done} of {count} steps done</source>
        <translation>{done} von {count} Schritten erledigt</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Version des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>DATA_DIR</source>
        <translation>DATENORDNER</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>FOTO</translation>
    </message>
    <message>
        <source>CALL_URL</source>
        <translation>ANRUF_LINK</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>CONTACT_ID</source>
        <translation>KONTAKT_NR</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IMAP_HOST</source>
        <translation>IMAP_SERVER</translation>
    </message>
    <message>
        <source>IMAP_PORT</source>
        <translation>IMAP_PORT</translation>
    </message>
    <message>
        <source>SMTP_HOST</source>
        <translation>SMTP_SERVER</translation>
    </message>
    <message>
        <source>SMTP_PORT</source>
        <translation>SMTP_PORT</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ZIELDATEI</translation>
    </message>
    <message>
        <source>LEARNER</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>these are needed too: {names}</source>
        <translation>das wird auch gebraucht: {names}</translation>
    </message>
    <message>
        <source>these words are not understood: {words}</source>
        <translation>diese Wörter werden nicht verstanden: {words}</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}: choose from {choices}</source>
        <translation>{argument} kann nicht {value} sein: wählen Sie aus {choices}</translation>
    </message>
    <message>
        <source>{argument} needs a value after it</source>
        <translation>nach {argument} fehlt ein Wert</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not {value}</source>
        <translation>{argument} braucht eine ganze Zahl, nicht {value}</translation>
    </message>
    <message>
        <source>{argument} needs a size like 1280x800, not {value}</source>
        <translation>{argument} braucht eine Größe wie 1280x800, nicht {value}</translation>
    </message>
    <message>
        <source>{option} could mean {matches}: please write it in full</source>
        <translation>{option} könnte {matches} bedeuten: bitte schreiben Sie es ganz aus</translation>
    </message>
    <message>
        <source>{argument} takes no value, so not {value}</source>
        <translation>{argument} nimmt keinen Wert: {value} ist zu viel</translation>
    </message>
    <message>
        <source>{argument} takes one value at most</source>
        <translation>{argument} nimmt höchstens einen Wert</translation>
    </message>
    <message>
        <source>{argument} needs at least one value after it</source>
        <translation>nach {argument} muss mindestens ein Wert stehen</translation>
    </message>
    <message>
        <source>{argument} needs {count} values after it</source>
        <translation>nach {argument} müssen {count} Werte stehen</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}</source>
        <translation>{argument} kann nicht {value} sein</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}</source>
        <translation>{argument} kann nicht zusammen mit {other} verwendet werden</translation>
    </message>
    <message>
        <source>one of these is needed: {names}</source>
        <translation>eines davon wird gebraucht: {names}</translation>
    </message>
    <message>
        <source>{option} is not expected here</source>
        <translation>{option} gehört nicht hierher</translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <translation>{argument}: {message}</translation>
    </message>
    <message>
        <source>Good morning Mum! The sun is out here at last. Shall I call you after lunch?</source>
        <translation>Guten Morgen, Mama! Hier scheint endlich die Sonne. Soll ich dich nach dem Mittagessen anrufen?</translation>
    </message>
    <message>
        <source>Hi Gran! Look at the cake I made for Dad&apos;s birthday. It has real strawberries on top.</source>
        <translation>Hallo Oma! Schau mal, den Kuchen habe ich für Papas Geburtstag gebacken. Oben drauf sind echte Erdbeeren.</translation>
    </message>
    <message>
        <source>We went down to the harbour on Saturday. The boats were all out. Wish you had been there!</source>
        <translation>Am Samstag waren wir unten am Hafen. Alle Boote waren draußen. Schade, dass du nicht dabei warst!</translation>
    </message>
    <message>
        <source>Hello {name}, the roses in my garden have come out. They made me think of yours.</source>
        <translation>Hallo {name}, die Rosen in meinem Garten blühen jetzt. Da musste ich an deine denken.</translation>
    </message>
    <message>
        <source>Don&apos;t forget the doctor&apos;s appointment on Thursday at 10. I&apos;ll pick you up at 9:30.</source>
        <translation>Vergiss den Arzttermin am Donnerstag um 10 Uhr nicht. Ich hole dich um 9:30 Uhr ab.</translation>
    </message>
    <message>
        <source>Gran, I got a gold star at school for my painting of a house by the sea!</source>
        <translation>Oma, ich habe in der Schule einen goldenen Stern für mein Bild von einem Haus am Meer bekommen!</translation>
    </message>
    <message>
        <source>A picture from our walk in the hills. It was a long way up but worth it.</source>
        <translation>Ein Bild von unserer Wanderung in den Bergen. Der Weg nach oben war lang, aber es hat sich gelohnt.</translation>
    </message>
    <message>
        <source>Thank you for the lovely card. The children loved it.</source>
        <translation>Danke für die schöne Karte. Die Kinder haben sich riesig gefreut.</translation>
    </message>
    <message>
        <source>Beautiful evening here. Speak soon, your brother David.</source>
        <translation>Wunderschöner Abend hier. Bis bald, dein Bruder David.</translation>
    </message>
    <message>
        <source>We built a sandcastle as tall as me!</source>
        <translation>Wir haben eine Sandburg gebaut, die so groß ist wie ich!</translation>
    </message>
    <message>
        <source>The garden is looking lovely after all that rain.</source>
        <translation>Nach all dem Regen sieht der Garten herrlich aus.</translation>
    </message>
    <message>
        <source>Love you Mum. Sleep well.</source>
        <translation>Hab dich lieb, Mama. Schlaf gut.</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits, like 2580.</source>
        <translation>Die PIN muss genau 4 Ziffern haben, wie 2580.</translation>
    </message>
    <message>
        <source>CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, Teams, WhatsApp or FaceTime), or a phone number.</source>
        <translation>CareLink kann nur einen Videoanruf-Link nutzen, der mit https:// beginnt (von Zoom, Google Meet, Teams, WhatsApp oder FaceTime), oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>A Jitsi Meet server must use https://, like https://jitsi.example.org.</source>
        <translation>Ein Jitsi-Meet-Server muss https:// nutzen, wie https://jitsi.example.org.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Jitsi Meet server name. It looks like meet.jit.si.</source>
        <translation>&apos;{text}&apos; ist kein Jitsi-Meet-Servername. Er sieht aus wie meet.jit.si.</translation>
    </message>
    <message>
        <source>There is no family contact to tell yet. The family can add one in Settings → Contacts.</source>
        <translation>Es gibt noch keinen Familienkontakt, dem man Bescheid geben kann. Die Familie kann unter Optionen → Kontakte einen eintragen.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your family or someone you trust. (Whoever set up CareLink can add a carer in Settings → Contacts, or with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Es ist noch niemand eingetragen, der Meldungen bekommt, darum kann sie nicht gesendet werden. Bitte rufen Sie Ihre Familie oder jemanden an, dem Sie vertrauen. (Wer CareLink eingerichtet hat, kann unter Optionen → Kontakte eine Pflegekraft eintragen, oder mit &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not a kind of concern. Choose one of: {kinds}.</source>
        <translation>&apos;{category}&apos; ist keine Art von Meldung. Wählen Sie eine von: {kinds}.</translation>
    </message>
    <message>
        <source>That is too long to send: {most} letters at most.</source>
        <translation>Das ist zu lang zum Senden: höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <source>There is no concern number {number}.</source>
        <translation>Es gibt keine Meldung Nummer {number}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.</source>
        <translation>&apos;{name}&apos; ist kein Foto, das CareLink zeigen kann. Nehmen Sie ein JPEG-, PNG- oder GIF-Bild.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number. It should look like 01234 567890 or +44 1234 567890.</source>
        <translation>&apos;{phone}&apos; ist keine Telefonnummer. Sie sollte aussehen wie 030 1234567 oder +49 30 1234567.</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Bitte geben Sie dem Kontakt einen Namen.</translation>
    </message>
    <message>
        <source>That name is too long: 100 letters at most.</source>
        <translation>Dieser Name ist zu lang: höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>That photo is too large (over 20 MB). Please choose a smaller one.</source>
        <translation>Dieses Foto ist zu groß (über 20 MB). Bitte wählen Sie ein kleineres.</translation>
    </message>
    <message>
        <source>CareLink could not open the photo &apos;{path}&apos;.</source>
        <translation>CareLink konnte das Foto &apos;{path}&apos; nicht öffnen.</translation>
    </message>
    <message>
        <source>A contact is either family or a carer.</source>
        <translation>Ein Kontakt ist entweder Familie oder eine Pflegekraft.</translation>
    </message>
    <message>
        <source>Only a carer can be the backup carer.</source>
        <translation>Nur eine Pflegekraft kann die Ersatz-Pflegekraft sein.</translation>
    </message>
    <message>
        <source>There is already a contact with the email address {email}.</source>
        <translation>Es gibt schon einen Kontakt mit der E-Mail-Adresse {email}.</translation>
    </message>
    <message>
        <source>There is no contact number {number}. &apos;carelink contacts list&apos; shows them.</source>
        <translation>Es gibt keinen Kontakt Nummer {number}. &apos;carelink contacts list&apos; zeigt sie.</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>E-Mail ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>held for the family to look at</source>
        <translation>für die Familie zum Ansehen zurückgehalten</translation>
    </message>
    <message>
        <source>not on the contact list</source>
        <translation>nicht in der Kontaktliste</translation>
    </message>
    <message>
        <source>the sender&apos;s email server says it may not really be from them</source>
        <translation>der E-Mail-Server des Absenders sagt, dass sie vielleicht nicht wirklich von ihm ist</translation>
    </message>
    <message>
        <source>an automatic message (a read receipt, a delivery report or an out-of-office reply)</source>
        <translation>eine automatische Nachricht (eine Lesebestätigung, ein Zustellbericht oder eine Abwesenheitsnotiz)</translation>
    </message>
    <message>
        <source>That message is already on the wall.</source>
        <translation>Diese Nachricht ist schon an der Pinnwand.</translation>
    </message>
    <message>
        <source>There is no held message number {number}. &apos;carelink held&apos; lists them.</source>
        <translation>Es gibt keine wartende Nachricht Nummer {number}. &apos;carelink held&apos; zeigt sie.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language CareLink is written in. Choose one of: {languages}.</source>
        <translation>&apos;{value}&apos; ist keine Sprache, in der CareLink geschrieben ist. Wählen Sie eine von: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.</source>
        <translation>&apos;{value}&apos; ist keine Ländereinstellung. Schreiben Sie sie als Sprache-LAND, zum Beispiel de-DE oder fr-FR.</translation>
    </message>
    <message>
        <source>(sent with CareLink)</source>
        <translation>(gesendet mit CareLink)</translation>
    </message>
    <message>
        <source>The first time you join on meet.jit.si, it asks you to sign in (with your Google account) to start the call.</source>
        <translation>Wenn Sie das erste Mal auf meet.jit.si beitreten, werden Sie gebeten, sich anzumelden (mit Ihrem Google-Konto), um den Anruf zu starten.</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation>Mir geht es nicht gut</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation>Einsam oder traurig</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation>Ein Problem mit meiner Pflege</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation>Jemand macht mir Sorgen</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation>Zu Hause ist etwas kaputt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time}</source>
        <translation>{weekday}, {day}. {month} {year} um {time}</translation>
    </message>
    <message>
        <source>CareLink concern from {name}: {what} [{reference}]</source>
        <translation>CareLink-Meldung von {name}: {what} [{reference}]</translation>
    </message>
    <message>
        <source>{name} did not add any words.</source>
        <translation>{name} hat keine Worte dazugeschrieben.</translation>
    </message>
    <message>
        <source>No carer is set up in CareLink yet, so this concern comes to {name}&apos;s family. (A carer can be added in CareLink&apos;s Settings → Contacts.)</source>
        <translation>In CareLink ist noch keine Pflegekraft eingetragen, darum kommt diese Meldung an die Familie von {name}. (Eine Pflegekraft lässt sich in CareLink unter Optionen → Kontakte eintragen.)</translation>
    </message>
    <message>
        <source>CareLink could not deliver this concern to {carer} (the mail server refused their address), so it is sending it to you instead.</source>
        <translation>CareLink konnte diese Meldung nicht an {carer} zustellen (der Mailserver hat die Adresse abgelehnt), darum geht sie stattdessen an Sie.</translation>
    </message>
    <message>
        <source>{carer} has not answered this concern yet, so CareLink is sending it to you too.</source>
        <translation>{carer} hat auf diese Meldung noch nicht geantwortet, darum schickt CareLink sie auch an Sie.</translation>
    </message>
    <message>
        <source>What is wrong: {what}</source>
        <translation>Was los ist: {what}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Wann: {when}</translation>
    </message>
    <message>
        <source>In {name}&apos;s own words: {words}</source>
        <translation>In den eigenen Worten von {name}: {words}</translation>
    </message>
    <message>
        <source>Would like a call back: {answer}</source>
        <translation>Möchte zurückgerufen werden: {answer}</translation>
    </message>
    <message>
        <source>Please reply to this email to let {name} know you have seen it. Any reply will do.</source>
        <translation>Bitte antworten Sie auf diese E-Mail, damit {name} weiß, dass Sie sie gesehen haben. Jede Antwort genügt.</translation>
    </message>
    <message>
        <source>CareLink is not an emergency service. If {name} may be in danger, call {number}.</source>
        <translation>CareLink ist kein Notdienst. Wenn {name} in Gefahr sein könnte, rufen Sie {number} an.</translation>
    </message>
    <message>
        <source>Reference: CareLink concern {reference}</source>
        <translation>Zeichen: CareLink-Meldung {reference}</translation>
    </message>
    <message>
        <source>{name} is OK today</source>
        <translation>{name} geht es heute gut</translation>
    </message>
    <message>
        <source>{name} has not checked in today</source>
        <translation>{name} hat sich heute noch nicht gemeldet</translation>
    </message>
    <message>
        <source>{name} would like a video call now</source>
        <translation>{name} möchte jetzt einen Videoanruf</translation>
    </message>
    <message>
        <source>A message from {name}</source>
        <translation>Eine Nachricht von {name}</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>Die Person, die Sie betreuen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{name} has reported a concern with CareLink.</source>
        <translation>{name} hat mit CareLink ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>Your family member</source>
        <translation>Ihr Familienmitglied</translation>
    </message>
    <message>
        <source>{name} says they&apos;re OK today ({time}).</source>
        <translation>{name} meldet: „Mir geht es heute gut“ ({time}).</translation>
    </message>
    <message>
        <source>{name} would like a video call now — join here: {link}</source>
        <translation>{name} möchte jetzt einen Videoanruf – hier beitreten: {link}</translation>
    </message>
    <message>
        <source>someone you care for</source>
        <translation>jemand, den Sie betreuen</translation>
    </message>
    <message>
        <source>(sent by CareLink)</source>
        <translation>(gesendet von CareLink)</translation>
    </message>
    <message>
        <source>It may be nothing — but please give {name} a call to check they are all right.</source>
        <translation>Vielleicht ist es nichts – aber bitte rufen Sie {name} an und fragen Sie, ob alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>{name} has not tapped &quot;I&apos;m OK today&quot; in CareLink by {time} today.</source>
        <translation>{name} hat heute bis {time} nicht auf „Mir geht es gut“ in CareLink getippt.</translation>
    </message>
    <message>
        <source>There is nobody to send this to.</source>
        <translation>Es gibt niemanden, an den das gehen kann.</translation>
    </message>
    <message>
        <source>There is nothing in the outbox with number {number}.</source>
        <translation>Im Postausgang gibt es nichts mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>Something went wrong while sending ({kind}).</source>
        <translation>Beim Senden ist etwas schiefgegangen ({kind}).</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation>{count} GB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
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
        <translation>Bitte schreiben Sie etwas zum Senden.</translation>
    </message>
    <message>
        <source>That reply is too long to send: {most} letters at most.</source>
        <translation>Diese Antwort ist zu lang zum Senden: höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation>Schreiben Sie on oder off.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).</source>
        <translation>&apos;{text}&apos; ist keine Zeitdauer. Schreiben Sie sie wie 30 Minuten oder 2 Stunden (oder 90s, 30m, 2h).</translation>
    </message>
    <message>
        <source>The name must be between 1 and 60 ordinary letters long.</source>
        <translation>Der Name muss zwischen 1 und 60 normale Buchstaben lang sein.</translation>
    </message>
    <message>
        <source>That is not the name of a voice.</source>
        <translation>Das ist nicht der Name einer Stimme.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number. Use digits, like 999 or 112.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer. Nehmen Sie Ziffern, wie 112.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it like 11:00 (or leave it empty to turn it off).</source>
        <translation>&apos;{value}&apos; ist keine Uhrzeit. Schreiben Sie sie wie 11:00 (oder lassen Sie sie leer zum Ausschalten).</translation>
    </message>
    <message>
        <source>{what} must be one of: {options}.</source>
        <translation>{what} muss eins davon sein: {options}.</translation>
    </message>
    <message>
        <source>the older adult&apos;s first name, used on screens and in emails</source>
        <translation>der Vorname der älteren Person, auf den Bildschirmen und in E-Mails benutzt</translation>
    </message>
    <message>
        <source>text size in percent: 100, 125, 150 or 200</source>
        <translation>Textgröße in Prozent: 100, 125, 150 oder 200</translation>
    </message>
    <message>
        <source>high-contrast colours: on or off</source>
        <translation>Farben mit starkem Kontrast: on oder off</translation>
    </message>
    <message>
        <source>full screen, always, with no window controls; closing CareLink needs the PIN: on or off</source>
        <translation>immer Vollbild, ohne Fensterknöpfe; CareLink schließen braucht die PIN: on oder off</translation>
    </message>
    <message>
        <source>the read-aloud voice&apos;s id (empty: the computer&apos;s default)</source>
        <translation>die Kennung der Vorlesestimme (leer: die des Computers)</translation>
    </message>
    <message>
        <source>read-aloud speed: slow, normal or fast</source>
        <translation>Vorlesetempo: slow, normal oder fast</translation>
    </message>
    <message>
        <source>how loud voice messages and videos play on the wall, in percent: 25, 50, 75 or 100</source>
        <translation>wie laut Sprachnachrichten und Videos an der Pinnwand spielen, in Prozent: 25, 50, 75 oder 100</translation>
    </message>
    <message>
        <source>language and country, like en-GB (empty: the computer&apos;s own)</source>
        <translation>Sprache und Land, etwa de-DE (leer: die des Computers)</translation>
    </message>
    <message>
        <source>the number to call in danger (empty: the locale&apos;s own)</source>
        <translation>die Nummer für den Notfall (leer: die des gewählten Landes)</translation>
    </message>
    <message>
        <source>how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)</source>
        <translation>wie lange eine Pflegekraft Zeit hat, auf eine Meldung zu antworten, bevor die Ersatz-Pflegekraft Bescheid bekommt (90s, 30m, 2h)</translation>
    </message>
    <message>
        <source>the time of day by which &apos;I&apos;m OK today&apos; is expected (HH:MM; empty turns the alert off)</source>
        <translation>die Uhrzeit, bis zu der „Mir geht es gut“ erwartet wird (HH:MM; leer schaltet die Warnung aus)</translation>
    </message>
    <message>
        <source>also tell the carers about a missed check-in: on or off</source>
        <translation>auch die Pflegekräfte über ein fehlendes „Mir geht es gut“ informieren: on oder off</translation>
    </message>
    <message>
        <source>the Jitsi Meet server for video calls</source>
        <translation>der Jitsi-Meet-Server für Videoanrufe</translation>
    </message>
    <message>
        <source>keep each photo as it came beside its display copy (about ten times the room; turning it off asks before removing the originals kept): on or off</source>
        <translation>jedes Foto auch im Original behalten, neben seiner Anzeigekopie (etwa zehnmal so viel Platz; beim Ausschalten wird gefragt, bevor die behaltenen Originale entfernt werden): on oder off</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation>Es gibt keine Option namens &apos;{key}&apos;. Die Optionen sind: {keys}.</translation>
    </message>
    <message>
        <source>Please type the number to call in an emergency there, like 112.</source>
        <translation>Bitte tippen Sie die Nummer ein, die man dort im Notfall anruft, wie 112.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not one of the countries offered: {countries}.</source>
        <translation>&apos;{country}&apos; ist keins der angebotenen Länder: {countries}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged and there was no good copy to put back, so CareLink has started afresh. The damaged file has been kept for your family to look at.</source>
        <translation>Die Datendatei von CareLink war beschädigt, und es gab keine gute Kopie, um sie zu ersetzen. Deshalb hat CareLink neu angefangen. Die beschädigte Datei wurde aufbewahrt, damit Ihre Familie sie ansehen kann.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged, so it has been put back as it was on {when}. Anything that arrived after that will be fetched again.</source>
        <translation>Die Datendatei von CareLink war beschädigt. Sie wurde deshalb so zurückgesetzt, wie sie am {when} war. Was danach angekommen ist, wird noch einmal abgeholt.</translation>
    </message>
    <message>
        <source>{things} from after that time have been put back too.</source>
        <translation>Auch {things} aus der Zeit danach wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>{thing} from after that time has been put back too.</source>
        <translation>Auch {thing} aus der Zeit danach wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{records} could not be put back.</source>
        <translation>Nicht wiederhergestellt: {records}.</translation>
    </message>
    <message>
        <source>Changes to contacts or settings made after that time could not be recovered: please ask your family to check them.</source>
        <translation>Änderungen an Kontakten oder Optionen nach diesem Zeitpunkt ließen sich nicht wiederherstellen: Bitten Sie Ihre Familie, sie zu prüfen.</translation>
    </message>
    <message>
        <source>1 concern</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <source>{count} concerns</source>
        <translation>{count} Meldungen</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 E-Mail</translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation>{count} E-Mails</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink kann noch keine Nachrichten senden – bitten Sie Ihre Familie, die E-Mail einzurichten</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Ihre Familie muss das E-Mail-Passwort prüfen</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Offline – Nachrichten gehen raus, sobald die Verbindung wieder da ist</translation>
    </message>
    <message>
        <source>Line {line} (step {step})</source>
        <translation>Zeile {line} (Schritt {step})</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}).</source>
        <translation>Die Datei {path} lässt sich nicht öffnen ({problem}).</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (choose UTF-8 when saving it).</source>
        <translation>Die Datei ist nicht als UTF-8-Text gespeichert (wählen Sie beim Speichern UTF-8).</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. Did you mean {near}?</source>
        <translation>Zeile {line}: Es gibt keinen Bildschirm &apos;{screen}&apos;. Meinten Sie {near}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. The screens are: {screens}.</source>
        <translation>Zeile {line}: Es gibt keinen Bildschirm &apos;{screen}&apos;. Die Bildschirme sind: {screens}.</translation>
    </message>
    <message>
        <source>{where}: the step has no &apos;say&apos; (the words the learner reads and hears).</source>
        <translation>{where}: Der Schritt hat kein &apos;say&apos; (die Worte, die die Person, die übt, liest und hört).</translation>
    </message>
    <message>
        <source>{where}: the step does not name its &apos;control&apos;.</source>
        <translation>{where}: Der Schritt nennt sein &apos;control&apos; nicht.</translation>
    </message>
    <message>
        <source>Line {line}: there is no action &apos;{action}&apos;. The actions are: {actions}.</source>
        <translation>Zeile {line}: Es gibt keine Aktion &apos;{action}&apos;. Die Aktionen sind: {actions}.</translation>
    </message>
    <message>
        <source>The lesson cannot be used: {problem}.</source>
        <translation>Die Lektion kann nicht benutzt werden: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;. Did you mean {nearest}?</source>
        <translation>Zeile {line}: Es gibt kein Bedienelement &apos;{control}&apos;. Meinten Sie {nearest}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;.</source>
        <translation>Zeile {line}: Es gibt kein Bedienelement &apos;{control}&apos;.</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {problem}.</source>
        <translation>Die Lektionsdatei {name} kann nicht benutzt werden: {problem}.</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{lesson}&apos;. The lessons are: {known}.</source>
        <translation>Es gibt keine Lektion namens &apos;{lesson}&apos;. Die Lektionen sind: {known}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>Die Datei lässt sich nicht lesen ({problem}); prüfen Sie die Anführungszeichen und das =-Zeichen</translation>
    </message>
    <message>
        <source>the lesson needs &apos;{key}&apos; as some words in quotes</source>
        <translation>die Lektion braucht &apos;{key}&apos; mit Worten in Anführungszeichen</translation>
    </message>
    <message>
        <source>step {number} is not a [[steps]] table</source>
        <translation>Schritt {number} ist keine [[steps]]-Tabelle</translation>
    </message>
    <message>
        <source>step {number} has &apos;{key}&apos;, which a step does not use (check the spelling)</source>
        <translation>Schritt {number} hat &apos;{key}&apos;, was ein Schritt nicht benutzt (prüfen Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is not a control&apos;s name</source>
        <translation>in Schritt {number} ist &apos;{control}&apos; kein Name eines Bedienelements</translation>
    </message>
    <message>
        <source>step {number}&apos;s action &apos;{action}&apos; must be one of: {choices}</source>
        <translation>in Schritt {number} muss die Aktion &apos;{action}&apos; eine von diesen sein: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s until &apos;{until}&apos; must be one of: {choices}</source>
        <translation>in Schritt {number} muss until &apos;{until}&apos; eines von diesen sein: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must start with one of: {choices}</source>
        <translation>in Schritt {number} muss family &apos;{family}&apos; mit einem von diesen beginnen: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must name one address, like: call tom@example.org</source>
        <translation>in Schritt {number} muss family &apos;{family}&apos; genau eine Adresse nennen, etwa: call tom@example.org</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must be the one word: scam</source>
        <translation>in Schritt {number} muss family &apos;{family}&apos; nur das eine Wort sein: scam</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen</source>
        <translation>in Schritt {number} ist das Bedienelement &apos;{control}&apos; auf keinem Bildschirm</translation>
    </message>
    <message>
        <source>it has &apos;{key}&apos;, which a lesson does not use (check the spelling)</source>
        <translation>die Datei enthält &apos;{key}&apos;, was eine Lektion nicht benutzt (prüfen Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>it has no [[steps]]</source>
        <translation>die Datei hat keine [[steps]]</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation>&apos;order&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{where}: the words are not closed with a quote mark at the end of the line</source>
        <translation>{where}: Die Worte sind am Zeilenende nicht mit einem Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <source>{where}: each line should be a name, an = sign and words in quotes, like: say = &quot;Tap Messages&quot;</source>
        <translation>{where}: Jede Zeile sollte ein Name, ein =-Zeichen und Worte in Anführungszeichen sein, etwa: say = &quot;Tippen Sie auf Nachrichten&quot;</translation>
    </message>
    <message>
        <source>{where}: this name is given twice in the same step</source>
        <translation>{where}: Dieser Name steht zweimal im selben Schritt</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>Zeile {line} lässt sich nicht lesen ({problem}); prüfen Sie die Anführungszeichen und das =-Zeichen</translation>
    </message>
    <message>
        <source>its name must be small letters, numbers and dashes, like reply.toml</source>
        <translation>der Dateiname darf nur Kleinbuchstaben, Ziffern und Bindestriche haben, etwa reply.toml</translation>
    </message>
    <message>
        <source>step {number} needs &apos;{key}&apos; as some words in quotes</source>
        <translation>Schritt {number} braucht &apos;{key}&apos; mit Worten in Anführungszeichen</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen (did you mean {nearest}?)</source>
        <translation>in Schritt {number} ist das Bedienelement &apos;{control}&apos; auf keinem Bildschirm (meinten Sie {nearest}?)</translation>
    </message>
    <message>
        <source>it is not saved as UTF-8 text (choose UTF-8 when saving it)</source>
        <translation>die Datei ist nicht als UTF-8-Text gespeichert (wählen Sie beim Speichern UTF-8)</translation>
    </message>
    <message>
        <source>There is no lessons folder at {folder}.</source>
        <translation>Unter {folder} gibt es keinen Lektionsordner.</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! Speak soon.</source>
        <translation>Schön, von dir zu hören, {name}! Bis bald.</translation>
    </message>
    <message>
        <source>Thank you for telling me, {name}. I&apos;ll call you this afternoon.</source>
        <translation>Danke, dass Sie es mir gesagt haben, {name}. Ich rufe Sie heute Nachmittag an.</translation>
    </message>
    <message>
        <source>Glad you&apos;re well today, {name}! Have a lovely day.</source>
        <translation>Schön, dass es dir heute gut geht, {name}! Hab einen schönen Tag.</translation>
    </message>
    <message>
        <source>Thank you for your message, {name}. See you soon.</source>
        <translation>Danke für Ihre Nachricht, {name}. Bis bald.</translation>
    </message>
    <message>
        <source>Love, {name}</source>
        <translation>Alles Liebe, {name}</translation>
    </message>
    <message>
        <source>dear</source>
        <translation>Liebes</translation>
    </message>
    <message>
        <source>URGENT: your bank account is locked</source>
        <translation>DRINGEND: Ihr Bankkonto ist gesperrt</translation>
    </message>
    <message>
        <source>Dear customer, your bank account has been locked. To unlock it, reply today with your password and your card number, or your money will be lost.</source>
        <translation>Sehr geehrte Kundin, sehr geehrter Kunde, Ihr Bankkonto wurde gesperrt. Um es zu entsperren, antworten Sie heute mit Ihrem Passwort und Ihrer Kartennummer, sonst ist Ihr Geld verloren.</translation>
    </message>
    <message>
        <source>(a pretend scam message, made by CareLink&apos;s tutorial for practice)</source>
        <translation>(eine gespielte Betrugsnachricht aus dem Übungskurs von CareLink, nur zum Üben)</translation>
    </message>
    <message>
        <source>{who} would like a video call now</source>
        <translation>{who} möchte jetzt einen Videoanruf</translation>
    </message>
    <message>
        <source>{who} would like a video call now — join here: {link}</source>
        <translation>{who} möchte jetzt einen Videoanruf — hier teilnehmen: {link}</translation>
    </message>
    <message>
        <source>(a practice call in CareLink&apos;s tutorial)</source>
        <translation>(ein Übungsanruf im Übungskurs von CareLink)</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! I&apos;ll ring you at the weekend.</source>
        <translation>Schön, von dir zu hören, {name}! Ich rufe dich am Wochenende an.</translation>
    </message>
    <message>
        <source>Thanks for your message, {name}! It made my day. Speak soon.</source>
        <translation>Danke für deine Nachricht, {name}! Du hast mir den Tag versüßt. Bis bald.</translation>
    </message>
    <message>
        <source>Hello {name}! Thank you for writing to me. I&apos;m painting you a picture.</source>
        <translation>Hallo {name}! Danke, dass du mir geschrieben hast. Ich male dir ein Bild.</translation>
    </message>
    <message>
        <source>Good to hear from you, {name}. The roses are still out, I&apos;ll send you a photo.</source>
        <translation>Schön, von dir zu hören, {name}. Die Rosen blühen noch, ich schicke dir ein Foto.</translation>
    </message>
    <message>
        <source>{email} is not in the pretend family, so they cannot call.</source>
        <translation>{email} gehört nicht zur Übungsfamilie und kann darum nicht anrufen.</translation>
    </message>
    <message>
        <source>The learner&apos;s name must be between 1 and {most} ordinary letters long.</source>
        <translation>Der Name der Person muss zwischen 1 und {most} normale Buchstaben lang sein.</translation>
    </message>
    <message>
        <source>A lesson needs a short name.</source>
        <translation>Eine Lektion braucht einen kurzen Namen.</translation>
    </message>
    <message>
        <source>A lesson has at least one step.</source>
        <translation>Eine Lektion hat mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>There is no learner record number {number}.</source>
        <translation>Es gibt keinen Eintrag Nummer {number} bei den Teilnehmenden.</translation>
    </message>
    <message>
        <source>Lesson &apos;{lesson}&apos; has steps 1 to {steps}, not {step}.</source>
        <translation>Lektion &apos;{lesson}&apos; hat die Schritte 1 bis {steps}, nicht {step}.</translation>
    </message>
    <message>
        <source>There is no message number {number} on the wall.</source>
        <translation>An der Pinnwand gibt es keine Nachricht Nummer {number}.</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer. Ask your family to install a speech voice (on Linux: the espeak-ng package).</source>
        <translation>Vorlesen geht auf diesem Computer nicht. Bitten Sie Ihre Familie, eine Stimme zu installieren (unter Linux: das Paket espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not answering just now. Please try again in a moment.</source>
        <translation>Vorlesen antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Reading aloud did not work this time. Please try again.</source>
        <translation>Vorlesen hat diesmal nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This computer cannot play sound, so nothing can be read aloud. Ask your family to install a sound player (on Linux: the alsa-utils package).</source>
        <translation>Dieser Computer kann keinen Ton abspielen, darum kann nichts vorgelesen werden. Bitten Sie Ihre Familie, ein Tonprogramm zu installieren (unter Linux: das Paket alsa-utils).</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save anything just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Dieser Computer hat keinen Platz mehr, darum kann CareLink gerade nichts speichern. Nichts ist verloren: Bitte machen Sie etwas Platz frei (oder bitten Sie Ihre Familie um Hilfe), dann macht CareLink weiter.</translation>
    </message>
    <message>
        <source>CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been lost: please ask your family to check the folder.</source>
        <translation>CareLink darf in seinem Datenordner nicht speichern (vielleicht ist er schreibgeschützt). Nichts ist verloren: Bitte lassen Sie Ihre Familie den Ordner prüfen.</translation>
    </message>
    <message>
        <source>CareLink could not read or write its data on this computer&apos;s disk. Nothing has been changed: please try again, or ask your family to check the computer.</source>
        <translation>CareLink konnte seine Daten auf der Festplatte dieses Computers nicht lesen oder schreiben. Nichts wurde geändert: Bitte versuchen Sie es noch einmal, oder lassen Sie Ihre Familie den Computer prüfen.</translation>
    </message>
    <message>
        <source>This CareLink data was saved by a newer version of CareLink. Please install the newest version of CareLink to open it.</source>
        <translation>Diese CareLink-Daten wurden von einer neueren Version von CareLink gespeichert. Bitte installieren Sie die neueste Version von CareLink, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Another CareLink is busy with this household&apos;s data. Please wait a minute and try again.</source>
        <translation>Ein anderes CareLink arbeitet gerade mit den Daten dieses Haushalts. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>CareLink needs a screen to show its window, and this session has none. Start it from the desktop (or use &apos;carelink screenshot&apos; to save a picture instead).</source>
        <translation>CareLink braucht einen Bildschirm für sein Fenster, und diese Sitzung hat keinen. Starten Sie es vom Desktop aus (oder speichern Sie mit &apos;carelink screenshot&apos; stattdessen ein Bild).</translation>
    </message>
    <message>
        <source>The camera check page could not be shown on this computer.</source>
        <translation>Die Seite für die Kameraprüfung ließ sich auf diesem Computer nicht zeigen.</translation>
    </message>
    <message>
        <source>CareLink could not save the picture to {path}.</source>
        <translation>CareLink konnte das Bild nicht unter {path} speichern.</translation>
    </message>
    <message>
        <source>The handout for the lesson &quot;{title}&quot; could not be made: at step {number}, {what}. Check the lesson file {file}.</source>
        <translation>Das Merkblatt zur Lektion „{title}“ konnte nicht gemacht werden: bei Schritt {number}, {what}. Prüfen Sie die Lektionsdatei {file}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy just now (in another call, or a lesson), so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation type="vanished">Das Fenster von CareLink ist gerade belegt (in einem anderen Anruf oder einer Lektion), daher wurde dieser Anruf nicht gestartet und {name} nicht eingeladen. Bitte versuchen Sie es wieder, wenn es frei ist.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window.</source>
        <translation type="vanished">Der Anruf öffnet sich im Fenster von CareLink.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in another call just now, so this one was not opened.</source>
        <translation type="vanished">Das Fenster von CareLink ist gerade in einem anderen Anruf, darum wurde dieser nicht geöffnet.</translation>
    </message>
</context>
</TS>
