<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CareLink</name>
    <message>
        <source>Latest news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new message from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages from {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call can still open here: phone {name} to say you are calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you when the connection is back, and the call will open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you, and the call will open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the person you want to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to call yet. Ask your family to add themselves in Settings, under Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s page did not open. The computer may not be connected to the internet just now. You can try again, or go back Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer is using the camera, perhaps another video call. Close that program, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone is calling {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call goes through this computer&apos;s own phone program. When you have finished, press Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s call opens in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call opens in this computer&apos;s own program for it. When you have finished, press Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please phone {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not start by itself. Please phone this number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program for this kind of call link. The family administrator can give {name} a different link in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You talked with {name} for less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call with {name} lasted less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You talked with {name} for 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call with {name} lasted 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You talked with {name} for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call with {name} lasted {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the call ready. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s message had no call link in it. You can find it on your Messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining {name}&apos;s call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking with {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a real call, {name}&apos;s face appears here and you can talk. This is only practice: nobody is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera and microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what {name} will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your camera and microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been sent a message to join. The call starts here as soon as {name} is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call starts here in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not joined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps {name} is busy just now. You can wait a little longer, or press Hang up and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} did not join this time. You can try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is you. Say something: the bar moves when the microphone hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera or microphone could not start. Another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot see your face, sit where the camera can see you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or this computer may not have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is calling you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {name}&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering by itself in {seconds}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m OK today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the big button to tell your family that you are OK today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. It will go to your family when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your family will get your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already told your family today, at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again, or phone your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, please call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about a concern. Please phone your family or someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever set up CareLink can add a carer in Settings → Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words for {name}, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like {name} to call you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell {name} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked {name} to call you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not ask for a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this goes to {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long to send: {count} letters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, it could not be saved. Please try again, or phone {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has seen your concern ✓ {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from {name} yet — we have told {others} too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {name} at {time} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — it will go to {others} when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — sending to {others}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be sent to {name} when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this went to {names} at {time} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names} when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this is going to {names}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told your family you&apos;re OK at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you&apos;re OK at {time} — it has not reached your family yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CareLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CareLink. All of this can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is their first name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking? The demo has a pretend family: nothing reaches a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language should CareLink speak? Its emails to the family are written in it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country do they live in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN for Settings, so that only the family can change them. Write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 4-digit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which email does CareLink use? It reads the family&apos;s messages from it. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address CareLink uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who in the family will send messages? Only their messages reach the wall; others wait in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carer: the person who gets a message when something is wrong. You can skip this and add them later in Settings → Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up, step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the language CareLink should speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the country they live in, or Elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose who provides the email, or Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list so far: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Type the next person, or press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add at least one family member, so that their messages can reach the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for new messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo household — everything is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m OK today, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something important could not be sent — your family can see why in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 1 new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {count} new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save new messages just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: shown on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: too big, or damaged. The wall says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: CareLink can&apos;t show this kind. The wall says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the family attached to their messages besides photos. Voice messages, videos and PDF documents play or show on the wall; for anything else the wall says it came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jitsi Meet server for calls: meet.jit.si, or your care organisation&apos;s own (like https://jitsi.example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On meet.jit.si, the family member signs in with their Google account the first time, to start the call; CareLink&apos;s invite email tells them so. A care organisation&apos;s own Jitsi server can let calls start with no signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my camera and microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New calls use {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time by which “I&apos;m OK today” is expected each day, like 11:00 (leave it empty for no alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it has not come by then, the family is told. Tell the carers too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the carers too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, only the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the carers too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a carer has to answer a concern before the backup carer is told, like 30 minutes or 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. “I&apos;m OK today” is expected by {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. There is no alert when “I&apos;m OK today” does not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start CareLink when the computer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, always (kiosk mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the desktop so CareLink cannot be closed by accident. Closing it then needs the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close CareLink now, for example to use the computer for something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close CareLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So {name} never has to look for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So it is always ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not find out whether it starts with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not change whether it starts with the computer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not change how it starts with the computer. Turn “Start CareLink when the computer starts” off and on again to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (for a carer: shown if a concern cannot be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main or backup carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video room made for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their call link (it starts with https://), or their phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer their calls by themselves, after a 10-second countdown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, ring and wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, answer by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type in their call link, or choose &quot;A video room made for them&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up yet, so &quot;Report a concern&quot; goes to the family instead. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about &quot;Report a concern&quot;. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missed check-in alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be sent to {to}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provides the email account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail servers (filled in for the providers above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (leave empty if it is the email address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (leave empty to keep the saved one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the security: SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most providers need an app password rather than the usual one. Their help pages say how to make one, and give the server names and ports for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the incoming mail server&apos;s name, like imap.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the outgoing mail server&apos;s name, like smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the password (for most providers, an app password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The password is kept in this computer&apos;s password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email account could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from people who are not on the contact list wait here, so that strangers never reach the wall, and so do automatic messages (read receipts, out-of-office replies). Only the family sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, as it will show on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender}
“{subject}”
{when} — held: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is held just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} held. Choose one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {sender} wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This message has no words, only pictures or attachments.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add {address} as family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type their name, so the wall can show who it is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting it on the wall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now, and {name} is on the contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message from {sender}? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message from {sender} has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness of voice messages and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voices could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}. This is how I will read your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the person using CareLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language CareLink speaks and writes its emails in (it changes at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country they live in (it sets the emergency number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and country, like en-GB (leave empty for this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number (leave empty for the country&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink reads the family&apos;s messages from this email account and sends replies from it. It is best to make a new address just for CareLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink keeps passwords only in this computer&apos;s password store, never in its own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please save first: Test connection checks the saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… this can take up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not check the email account. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo household: its PIN is 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number keys are switched off for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the 4-digit PIN for Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the same PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of 4 digits typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not check the PIN just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN {count} times. Please wait {time}, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so a concern goes to the family instead ({names}). Add a carer in Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (tap to turn on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ On (tap to turn off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (tap to turn on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink cannot tell whether this is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer: a part of CareLink is missing. Please install CareLink again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not start a new page of the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not start printing the handout. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink — practice handout for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink — practice handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has {count} steps, two on each page. In each picture, the part of the screen to use has a thick black ring round it, with the step&apos;s number on its corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path} ({reason}). Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handout is being made already. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be made. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are practising now. Nothing you do here reaches a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with a pretend family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you do here reaches a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no lessons on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the people who run workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not start printing the certificate. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink — certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today you learned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not save the certificate as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to press just now. Wait a moment: it happens by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have read this, tap Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then do what the words at the bottom say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly! Tap the part with the yellow ring around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop practising, tap Stop practising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {done} of {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {steps} steps done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner}: {lesson}, {how} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the pretend family (between learners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for this learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a lesson first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name (up to 30 letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on from step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Print the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Certificate for this learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout: {lesson}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: {learner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, forget every learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forgets how every learner got on. Tap Yes, forget every learner to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of learners is empty now ({count} forgotten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the handout… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout is saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is saved in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretend family is fresh again: their messages are back as they were, ready for the next learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice could not start. Please try again, or reset the practice family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please finish the lesson on show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice family could not be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about a quarter of a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute and a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slide show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice message from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that was too big for CareLink to keep. Ask the family to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that CareLink can&apos;t show. Ask the family to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent {thing}, {file}, shown on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the message up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the message down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} wanted a video call, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to see it large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number} of {total} from {name}. Tap to see it large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {total} photos could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo came with this message but could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos came with this message but could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a photo with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} photos with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {name}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play the voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Play the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voice message can&apos;t be played on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video can&apos;t be played on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the family to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document from {name}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document can&apos;t be shown on this computer. Ask the family to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total} of the document {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lovely!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply could not be delivered. Your family can see why in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the reply could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. When your family writes, their messages will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this message could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen}, {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new message has arrived. Press Previous to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new messages have arrived. Press Previous to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their initials, {initials}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice — nothing is sent to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original of each photo too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink keeps a copy of each photo made for the screen. The photo as it came takes about ten times the room, so keep the originals only if the family wants them (they are in CareLink&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, remove the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals kept so far take {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping display copies only saves {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not find out how much room the photos take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals kept so far take {size}. Remove them? Every photo stays on the wall, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the originals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals could not all be removed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The folder {folder} is not CareLink&apos;s practice household, so CareLink leaves it alone. Move it, or use another data folder for workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not clear the practice household ({problem}). Close the tutorial and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address. It should look like sarah@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification in the Google Account, then make an app password under Security → App passwords, and type that here instead of the usual password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Yahoo&apos;s Account Security page choose &apos;Generate app password&apos; and type that here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Fastmail&apos;s Settings → Privacy &amp; Security → Manage app passwords, make one for &apos;Mail (IMAP/SMTP)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GMX&apos;s settings, allow POP3/IMAP access first; then use the usual GMX password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server name for {which}. It looks like imap.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {which} port must be between 1 and 65535; {default} is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security must be ssl or starttls (or none, only for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink only talks to mail servers over a secure connection (ssl or starttls). &apos;none&apos; is allowed only for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name has characters a mail server would not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {which} port must be a number, like {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is answering too slowly; CareLink will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server did not accept the password. Many providers need an app password for programs like CareLink; the setup screen says how to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet connection, or the mail server {host} is not answering. CareLink will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server gave an answer CareLink did not understand. CareLink will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink has no password saved for this email account. Type it again in the email settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server could not check the password just now. CareLink will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server cannot take a password with letters like é or ü. Make an app password for CareLink instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail folder &apos;{folder}&apos; was not found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} does not offer a secure connection on port {port}. Check the port and security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server wants a password, and CareLink has none saved. Type it again in the email settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} does not offer what CareLink needs to send (a way to sign in, or addresses with non-English letters). Check the server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}. Check that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused this message. It may be too large, or the server does not allow this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} could not prove who it is (its certificate is not trusted), so CareLink did not send it anything. Check the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not make a secure connection to {host} on port {port}. Check the port and security setting, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not find the mail server {host}. Check the server name, or the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}; the other people got it. Check that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server cannot take mail for {addresses} just now. CareLink will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is busy and could not take the message just now. CareLink will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink: keep in touch with family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the household&apos;s data lives (default: your user data folder; or set CARELINK_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demo household with a pretend family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start CareLink&apos;s window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the workshop tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this carer is the backup carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG, PNG or GIF picture of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their own video-call link (https://…) or phone number; without it, calls use a Jitsi Meet room made for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their calls answer by themselves after 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their phone number (a carer&apos;s is shown when a concern cannot be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the emails CareLink sends them, like cy or de (default: the household&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer yes to its question (photos.keep_originals off: remove the originals kept so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} ({email}) as contact {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not use its data folder: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy with a call just now, so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in a lesson just now, so this call was not started and {name} was not invited. Please try again when the lesson is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink is still being set up in its window, so this call was not started and {name} was not invited. Please finish setting it up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink&apos;s window is showing the demo with its pretend family, not this household, so this call was not started and {name} was not invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the backup too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern {reference} is kept; your family can see it in &apos;carelink outbox&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}. ({why}{kept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server said: {reason} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not tell the family: the mail server refused it. {why}Please phone them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report a concern to the carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a concern to the carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they would like the carer to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list concerns and how far they have got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the family &quot;I&apos;m OK today&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a video call with a contact (sends them an invite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the invite but do not open the call here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work, so it was sent to {others} instead. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seen by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at {time}, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {name}. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at {time}: another CareLink on this computer is telling the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window. {name} is sent the invite as soon as it has opened there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite to {name} was not sent: {why}. Phone them to say you are calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be opened here: open the link below in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work; it will be sent to {others} when the connection is back. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at {time}: the family will be told when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told the family you&apos;re OK at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite to {name} could not be sent. {why}Phone them to say you are calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited {name} to the call (the invite will go when the connection is back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited {name} to the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored: it will be sent to {name} when the connection is back. (Concern {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the email account {address}. &apos;carelink sync --once&apos; fetches the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not set up yet. Use &apos;carelink setup email&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the email account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email account CareLink reads and sends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also set the Settings PIN, read from standard input (after the password&apos;s line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch new mail and send the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one pass, then stop (exit 1 if the server is unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the messages on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, approve or reject mail held from unknown senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a held message on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also add the sender as a family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a held message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to a message on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: CareLink will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} is on the wall now (as message {wall_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be delivered: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched {done} of {total} messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send when the connection is back ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {addresses}  tries: {tries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to remove them: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping display copies only has saved {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the original of each photo is kept too, beside the copy CareLink shows. An original takes about ten times the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals kept so far stay ({size}). To remove them: carelink settings set photos.keep_originals off --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings has no PIN yet, so anyone at this computer can open it. Choose one with: echo 2580 | carelink pin set (with your own 4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Settings PIN is set. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 digits, not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the 4-digit PIN that keeps Settings safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the PIN, read from standard input (one line, 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. Typed at a terminal, it is asked for without showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a picture of a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width x height, like 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render at this text size without changing the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice household is fresh again: the pretend family&apos;s messages are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop lessons with a pretend family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a lesson file you wrote, naming every problem with its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the practice household fresh again, for the next learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the learners and how far each got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget every learner&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a lesson&apos;s handout as a PDF, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s id (see tutorial list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner&apos;s name, put on the handout and in its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a learner&apos;s certificate for today&apos;s lessons as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner&apos;s name, as typed in workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot 1 learner record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot {count} learner records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {count} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP_PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP_PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEARNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these are needed too: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these words are not understood: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} cannot be {value}: choose from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} needs a value after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} needs a size like 1280x800, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} could mean {matches}: please write it in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} takes no value, so not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} takes one value at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} needs at least one value after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} needs {count} values after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} cannot be {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of these is needed: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is not expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning Mum! The sun is out here at last. Shall I call you after lunch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi Gran! Look at the cake I made for Dad&apos;s birthday. It has real strawberries on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We went down to the harbour on Saturday. The boats were all out. Wish you had been there!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}, the roses in my garden have come out. They made me think of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t forget the doctor&apos;s appointment on Thursday at 10. I&apos;ll pick you up at 9:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gran, I got a gold star at school for my painting of a house by the sea!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture from our walk in the hills. It was a long way up but worth it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for the lovely card. The children loved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beautiful evening here. Speak soon, your brother David.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We built a sandcastle as tall as me!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The garden is looking lovely after all that rain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love you Mum. Sleep well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits, like 2580.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, Teams, WhatsApp or FaceTime), or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Jitsi Meet server must use https://, like https://jitsi.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Jitsi Meet server name. It looks like meet.jit.si.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family contact to tell yet. The family can add one in Settings → Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your family or someone you trust. (Whoever set up CareLink can add a carer in Settings → Contacts, or with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not a kind of concern. Choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long to send: {most} letters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no concern number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number. It should look like 01234 567890 or +44 1234 567890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is too long: 100 letters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That photo is too large (over 20 MB). Please choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not open the photo &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is either family or a carer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a carer can be the backup carer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a contact with the email address {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact number {number}. &apos;carelink contacts list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for the family to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s email server says it may not really be from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic message (a read receipt, a delivery report or an out-of-office reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message is already on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no held message number {number}. &apos;carelink held&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language CareLink is written in. Choose one of: {languages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sent with CareLink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first time you join on meet.jit.si, it asks you to sign in (with your Google account) to start the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink concern from {name}: {what} [{reference}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} did not add any words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carer is set up in CareLink yet, so this concern comes to {name}&apos;s family. (A carer can be added in CareLink&apos;s Settings → Contacts.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not deliver this concern to {carer} (the mail server refused their address), so it is sending it to you instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carer} has not answered this concern yet, so CareLink is sending it to you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}&apos;s own words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a call back: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please reply to this email to let {name} know you have seen it. Any reply will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink is not an emergency service. If {name} may be in danger, call {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: CareLink concern {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is OK today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not checked in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would like a video call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has reported a concern with CareLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says they&apos;re OK today ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would like a video call now — join here: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone you care for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sent by CareLink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be nothing — but please give {name} a call to check they are all right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not tapped &quot;I&apos;m OK today&quot; in CareLink by {time} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to send this to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing in the outbox with number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while sending ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reply is too long to send: {most} letters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be between 1 and 60 ordinary letters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the name of a voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number. Use digits, like 999 or 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it like 11:00 (or leave it empty to turn it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older adult&apos;s first name, used on screens and in emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size in percent: 100, 125, 150 or 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-contrast colours: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen, always, with no window controls; closing CareLink needs the PIN: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-aloud voice&apos;s id (empty: the computer&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-aloud speed: slow, normal or fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how loud voice messages and videos play on the wall, in percent: 25, 50, 75 or 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language and country, like en-GB (empty: the computer&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number to call in danger (empty: the locale&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day by which &apos;I&apos;m OK today&apos; is expected (HH:MM; empty turns the alert off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also tell the carers about a missed check-in: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Jitsi Meet server for video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep each photo as it came beside its display copy (about ten times the room; turning it off asks before removing the originals kept): on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the number to call in an emergency there, like 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not one of the countries offered: {countries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged and there was no good copy to put back, so CareLink has started afresh. The damaged file has been kept for your family to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged, so it has been put back as it was on {when}. Anything that arrived after that will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{things} from after that time have been put back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thing} from after that time has been put back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records} could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to contacts or settings made after that time could not be recovered: please ask your family to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} (step {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (choose UTF-8 when saving it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. Did you mean {near}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. The screens are: {screens}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the step has no &apos;say&apos; (the words the learner reads and hears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the step does not name its &apos;control&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: there is no action &apos;{action}&apos;. The actions are: {actions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;. Did you mean {nearest}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{lesson}&apos;. The lessons are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read ({problem}); check its quote marks and = sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson needs &apos;{key}&apos; as some words in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} is not a [[steps]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} has &apos;{key}&apos;, which a step does not use (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is not a control&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s action &apos;{action}&apos; must be one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s until &apos;{until}&apos; must be one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must start with one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must name one address, like: call tom@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must be the one word: scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has &apos;{key}&apos;, which a lesson does not use (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no [[steps]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the words are not closed with a quote mark at the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: each line should be a name, an = sign and words in quotes, like: say = &quot;Tap Messages&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: this name is given twice in the same step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({problem}); check its quote marks and = sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name must be small letters, numbers and dashes, like reply.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} needs &apos;{key}&apos; as some words in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen (did you mean {nearest}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not saved as UTF-8 text (choose UTF-8 when saving it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lessons folder at {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! Speak soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling me, {name}. I&apos;ll call you this afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad you&apos;re well today, {name}! Have a lovely day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your message, {name}. See you soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT: your bank account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear customer, your bank account has been locked. To unlock it, reply today with your password and your card number, or your money will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a pretend scam message, made by CareLink&apos;s tutorial for practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} would like a video call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} would like a video call now — join here: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a practice call in CareLink&apos;s tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! I&apos;ll ring you at the weekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your message, {name}! It made my day. Speak soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}! Thank you for writing to me. I&apos;m painting you a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to hear from you, {name}. The roses are still out, I&apos;ll send you a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not in the pretend family, so they cannot call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s name must be between 1 and {most} ordinary letters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson needs a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson has at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner record number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &apos;{lesson}&apos; has steps 1 to {steps}, not {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message number {number} on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer. Ask your family to install a speech voice (on Linux: the espeak-ng package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not answering just now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud did not work this time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot play sound, so nothing can be read aloud. Ask your family to install a sound player (on Linux: the alsa-utils package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save anything just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been lost: please ask your family to check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not read or write its data on this computer&apos;s disk. Nothing has been changed: please try again, or ask your family to check the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CareLink data was saved by a newer version of CareLink. Please install the newest version of CareLink to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another CareLink is busy with this household&apos;s data. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink needs a screen to show its window, and this session has none. Start it from the desktop (or use &apos;carelink screenshot&apos; to save a picture instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera check page could not be shown on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLink could not save the picture to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout for the lesson &quot;{title}&quot; could not be made: at step {number}, {what}. Check the lesson file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
