<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CareLink</name>
    <message>
        <source>Latest news</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="vanished">{names} et {last}</translation>
    </message>
    <message>
        <source>A new message from {name}</source>
        <translation>Un nouveau message de {name}</translation>
    </message>
    <message>
        <source>New messages from {names}</source>
        <translation>Nouveaux messages de {names}</translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation>Envoyé à {names}</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} vous appelle</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Call family</source>
        <translation>Appeler la famille</translation>
    </message>
    <message>
        <source>Check my camera</source>
        <translation>Vérifier ma caméra</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Call {name}?</source>
        <translation>Appeler {name}&#xa0;?</translation>
    </message>
    <message>
        <source>The call can still open here: phone {name} to say you are calling.</source>
        <translation>L&apos;appel peut quand même s&apos;ouvrir ici&#xa0;: téléphonez à {name} pour dire que vous appelez.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you when the connection is back, and the call will open here.</source>
        <translation>{name} recevra un e-mail avec un lien pour vous rejoindre quand la connexion sera revenue, et l&apos;appel s&apos;ouvrira ici.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you, and the call will open here.</source>
        <translation>{name} recevra un e-mail avec un lien pour vous rejoindre, et l&apos;appel s&apos;ouvrira ici.</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Appeler {name}</translation>
    </message>
    <message>
        <source>Tap the person you want to call.</source>
        <translation>Touchez la personne que vous voulez appeler.</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Précédent</translation>
    </message>
    <message>
        <source>Previous people</source>
        <translation>Personnes précédentes</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Suivant  ▶</translation>
    </message>
    <message>
        <source>More people</source>
        <translation>Plus de personnes</translation>
    </message>
    <message>
        <source>There is nobody to call yet. Ask your family to add themselves in Settings, under Contacts.</source>
        <translation>Il n&apos;y a encore personne à appeler. Demandez à votre famille de s&apos;ajouter dans Réglages, sous Contacts.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>The call could not be opened</source>
        <translation>L&apos;appel n&apos;a pas pu s&apos;ouvrir</translation>
    </message>
    <message>
        <source>The call&apos;s page did not open. The computer may not be connected to the internet just now. You can try again, or go back Home.</source>
        <translation>La page de l&apos;appel ne s&apos;est pas ouverte. L&apos;ordinateur n&apos;est peut-être pas connecté à internet en ce moment. Vous pouvez réessayer, ou revenir à l&apos;Accueil.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La caméra est occupée</translation>
    </message>
    <message>
        <source>Another program on this computer is using the camera, perhaps another video call. Close that program, then press Try again.</source>
        <translation>Un autre programme de cet ordinateur utilise la caméra, peut-être un autre appel vidéo. Fermez ce programme, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>Your phone is calling {name}</source>
        <translation>Votre téléphone appelle {name}</translation>
    </message>
    <message>
        <source>The call goes through this computer&apos;s own phone program. When you have finished, press Home.</source>
        <translation>L&apos;appel passe par le programme de téléphone de cet ordinateur. Quand vous avez fini, appuyez sur Accueil.</translation>
    </message>
    <message>
        <source>{name}&apos;s call opens in another program</source>
        <translation>L&apos;appel de {name} s&apos;ouvre dans un autre programme</translation>
    </message>
    <message>
        <source>The call opens in this computer&apos;s own program for it. When you have finished, press Home.</source>
        <translation>L&apos;appel s&apos;ouvre dans le programme prévu pour cela sur cet ordinateur. Quand vous avez fini, appuyez sur Accueil.</translation>
    </message>
    <message>
        <source>Please phone {name}</source>
        <translation>Veuillez téléphoner à {name}</translation>
    </message>
    <message>
        <source>The call could not start by itself. Please phone this number:</source>
        <translation>L&apos;appel n&apos;a pas pu démarrer tout seul. Veuillez téléphoner à ce numéro&#xa0;:</translation>
    </message>
    <message>
        <source>This call could not be opened</source>
        <translation>Cet appel n&apos;a pas pu s&apos;ouvrir</translation>
    </message>
    <message>
        <source>This computer has no program for this kind of call link. The family administrator can give {name} a different link in Settings.</source>
        <translation>Cet ordinateur n&apos;a pas de programme pour ce genre de lien d&apos;appel. La personne de la famille qui gère CareLink peut donner un autre lien à {name} dans Réglages.</translation>
    </message>
    <message>
        <source>You talked with {name} for less than a minute</source>
        <translation>Vous avez parlé avec {name} moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Your call with {name} lasted less than a minute</source>
        <translation>Votre appel avec {name} a duré moins d&apos;une minute</translation>
    </message>
    <message>
        <source>You talked with {name} for 1 minute</source>
        <translation>Vous avez parlé avec {name} 1 minute</translation>
    </message>
    <message>
        <source>Your call with {name} lasted 1 minute</source>
        <translation>Votre appel avec {name} a duré 1 minute</translation>
    </message>
    <message>
        <source>You talked with {name} for {minutes} minutes</source>
        <translation>Vous avez parlé avec {name} {minutes} minutes</translation>
    </message>
    <message>
        <source>Your call with {name} lasted {minutes} minutes</source>
        <translation>Votre appel avec {name} a duré {minutes} minutes</translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation>Nous appelons {name}…</translation>
    </message>
    <message>
        <source>Getting the call ready. This takes a few seconds.</source>
        <translation>Préparation de l&apos;appel. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>{name}&apos;s message had no call link in it. You can find it on your Messages.</source>
        <translation>Le message de {name} n&apos;avait pas de lien d&apos;appel. Vous pouvez le retrouver dans vos Messages.</translation>
    </message>
    <message>
        <source>Joining {name}&apos;s call…</source>
        <translation>Vous rejoignez l&apos;appel de {name}…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Quelque chose n&apos;a pas marché. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The call could not be started</source>
        <translation>L&apos;appel n&apos;a pas pu commencer</translation>
    </message>
    <message>
        <source>Talking with {name}…</source>
        <translation>En conversation avec {name}…</translation>
    </message>
    <message>
        <source>In a real call, {name}&apos;s face appears here and you can talk. This is only practice: nobody is called.</source>
        <translation>Dans un vrai appel, le visage de {name} apparaît ici et vous pouvez parler. Ce n&apos;est qu&apos;un exercice&#xa0;: personne n&apos;est appelé.</translation>
    </message>
    <message>
        <source>Your camera and microphone</source>
        <translation>Votre caméra et votre micro</translation>
    </message>
    <message>
        <source>This is what {name} will see</source>
        <translation>Voici ce que {name} verra</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Checking your camera and microphone…</source>
        <translation>Vérification de votre caméra et de votre micro…</translation>
    </message>
    <message>
        <source>{name} has been sent a message to join. The call starts here as soon as {name} is there.</source>
        <translation>{name} a reçu un message pour vous rejoindre. L&apos;appel commence ici dès que {name} est là.</translation>
    </message>
    <message>
        <source>The call starts here in a moment.</source>
        <translation>L&apos;appel commence ici dans un instant.</translation>
    </message>
    <message>
        <source>{name} has not joined yet</source>
        <translation>{name} n&apos;est pas encore là</translation>
    </message>
    <message>
        <source>Perhaps {name} is busy just now. You can wait a little longer, or press Hang up and try again later.</source>
        <translation>{name} est peut-être occupé en ce moment. Vous pouvez attendre encore un peu, ou appuyer sur Raccrocher et réessayer plus tard.</translation>
    </message>
    <message>
        <source>{name} did not join this time. You can try again later.</source>
        <translation>{name} n&apos;est pas venu cette fois. Vous pouvez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>This is you. Say something: the bar moves when the microphone hears you.</source>
        <translation>C&apos;est vous. Dites quelque chose&#xa0;: la barre bouge quand le micro vous entend.</translation>
    </message>
    <message>
        <source>The camera or microphone could not start. Another program may be using it.</source>
        <translation>La caméra ou le micro n&apos;a pas pu démarrer. Un autre programme l&apos;utilise peut-être.</translation>
    </message>
    <message>
        <source>If you cannot see your face, sit where the camera can see you.</source>
        <translation>Si vous ne voyez pas votre visage, placez-vous là où la caméra peut vous voir.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or this computer may not have one.</source>
        <translation>La caméra n&apos;a pas pu démarrer. Un autre programme l&apos;utilise peut-être, ou cet ordinateur n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Niveau du son</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>{name} is calling you</source>
        <translation>{name} vous appelle</translation>
    </message>
    <message>
        <source>Answer {name}&apos;s call</source>
        <translation>Répondre à l&apos;appel de {name}</translation>
    </message>
    <message>
        <source>Answering by itself in {seconds}…</source>
        <translation>Réponse automatique dans {seconds}…</translation>
    </message>
    <message>
        <source>I&apos;m OK today</source>
        <translation>Je vais bien</translation>
    </message>
    <message>
        <source>Tell them again</source>
        <translation>Le redire</translation>
    </message>
    <message>
        <source>Tap the big button to tell your family that you are OK today.</source>
        <translation>Touchez le grand bouton pour dire à votre famille que vous allez bien aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Thank you. It will go to your family when the connection is back.</source>
        <translation>Merci. Votre famille le recevra quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>Thank you. Your family will get your message.</source>
        <translation>Merci. Votre famille recevra votre message.</translation>
    </message>
    <message>
        <source>You have already told your family today, at {time}.</source>
        <translation>Vous l&apos;avez déjà dit à votre famille aujourd&apos;hui, à {time}.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone your family.</source>
        <translation>CareLink n&apos;a pas pu envoyer ceci. Veuillez téléphoner à votre famille.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again, or phone your family.</source>
        <translation>Désolé, cela n&apos;a pas marché. Veuillez réessayer, ou téléphoner à votre famille.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Signaler un souci</translation>
    </message>
    <message>
        <source>No more to add</source>
        <translation>Rien à ajouter</translation>
    </message>
    <message>
        <source>Yes, please call me</source>
        <translation>Oui, appelez-moi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Retour à l&apos;Accueil</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about a concern. Please phone your family or someone you trust.</source>
        <translation>Personne n&apos;est encore prévu pour recevoir un souci. Veuillez téléphoner à votre famille ou à une personne de confiance.</translation>
    </message>
    <message>
        <source>Whoever set up CareLink can add a carer in Settings → Contacts.</source>
        <translation>La personne qui a installé CareLink peut ajouter un aidant dans Réglages → Contacts.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>En cas de danger, appelez le {number}.</translation>
    </message>
    <message>
        <source>your family</source>
        <translation>votre famille</translation>
    </message>
    <message>
        <source>Your words for {name}, if you like</source>
        <translation>Vos mots pour {name}, si vous voulez</translation>
    </message>
    <message>
        <source>Would you like {name} to call you?</source>
        <translation>Voulez-vous que {name} vous appelle&#xa0;?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Qu&apos;est-ce qui ne va pas&#xa0;?</translation>
    </message>
    <message>
        <source>Tell {name} more</source>
        <translation>En dire plus à {name}</translation>
    </message>
    <message>
        <source>Send to {name}?</source>
        <translation>Envoyer à {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Your words: “{words}”</source>
        <translation>Vos mots&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>No words added.</source>
        <translation>Aucun mot ajouté.</translation>
    </message>
    <message>
        <source>You asked {name} to call you.</source>
        <translation>Vous avez demandé à {name} de vous appeler.</translation>
    </message>
    <message>
        <source>You did not ask for a call.</source>
        <translation>Vous n&apos;avez pas demandé d&apos;appel.</translation>
    </message>
    <message>
        <source>No carer is set up, so this goes to {names}.</source>
        <translation>Aucun aidant n&apos;est prévu, donc ceci va à {names}.</translation>
    </message>
    <message>
        <source>That is too long to send: {count} letters at most.</source>
        <translation>C&apos;est trop long pour être envoyé&#xa0;: {count} lettres au plus.</translation>
    </message>
    <message>
        <source>Sorry, it could not be saved. Please try again, or phone {name}.</source>
        <translation>Désolé, cela n&apos;a pas pu être enregistré. Veuillez réessayer, ou téléphoner à {name}.</translation>
    </message>
    <message>
        <source>your carer</source>
        <translation>votre aidant</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink ne peut pas encore envoyer de messages&#xa0;: demandez à votre famille de régler l&apos;e-mail</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Votre famille doit vérifier le mot de passe de l&apos;e-mail</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}</source>
        <translation>CareLink n&apos;a pas pu envoyer ceci. Veuillez téléphoner à {name} au {phone}</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}</source>
        <translation>CareLink n&apos;a pas pu envoyer ceci. Veuillez téléphoner à {name}</translation>
    </message>
    <message>
        <source>{name} has seen your concern ✓ {time}</source>
        <translation>{name} a vu votre souci ✓ {time}</translation>
    </message>
    <message>
        <source>No answer from {name} yet — we have told {others} too</source>
        <translation>Pas encore de réponse de {name}&#xa0;: nous avons aussi prévenu {others}</translation>
    </message>
    <message>
        <source>Sent to {name} at {time} ✓</source>
        <translation>Envoyé à {name} à {time} ✓</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — it will go to {others} when the connection is back</source>
        <translation>L&apos;e-mail de {name} n&apos;a pas marché&#xa0;: ce sera envoyé à {others} quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — sending to {others}…</source>
        <translation>L&apos;e-mail de {name} n&apos;a pas marché&#xa0;: envoi à {others}…</translation>
    </message>
    <message>
        <source>It will be sent to {name} when the connection is back</source>
        <translation>Ce sera envoyé à {name} quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>Sending to {name}…</source>
        <translation>Envoi à {name}…</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names}. {why}</source>
        <translation>Aucun aidant n&apos;est prévu, donc ceci ira à {names}. {why}</translation>
    </message>
    <message>
        <source>No carer is set up, so this went to {names} at {time} ✓</source>
        <translation>Aucun aidant n&apos;est prévu, donc ceci est allé à {names} à {time} ✓</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names} when the connection is back</source>
        <translation>Aucun aidant n&apos;est prévu, donc ceci ira à {names} quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>No carer is set up, so this is going to {names}…</source>
        <translation>Aucun aidant n&apos;est prévu, donc ceci part vers {names}…</translation>
    </message>
    <message>
        <source>You told your family you&apos;re OK at {time}</source>
        <translation>Vous avez dit à votre famille que vous allez bien à {time}</translation>
    </message>
    <message>
        <source>You said you&apos;re OK at {time} — it has not reached your family yet</source>
        <translation>Vous avez dit que vous allez bien à {time}&#xa0;: votre famille ne l&apos;a pas encore reçu</translation>
    </message>
    <message>
        <source>Welcome to CareLink</source>
        <translation>Bienvenue dans CareLink</translation>
    </message>
    <message>
        <source>Welcome to CareLink. All of this can be changed later in Settings.</source>
        <translation>Bienvenue dans CareLink. Tout ceci peut être changé plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>What is their first name?</source>
        <translation>Quel est son prénom&#xa0;?</translation>
    </message>
    <message>
        <source>Just looking? The demo has a pretend family: nothing reaches a real person.</source>
        <translation>Vous voulez juste regarder&#xa0;? La démo a une famille fictive&#xa0;: rien n&apos;arrive à une vraie personne.</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Essayer plutôt la démo</translation>
    </message>
    <message>
        <source>Which language should CareLink speak? Its emails to the family are written in it too.</source>
        <translation>Quelle langue CareLink doit-il parler&#xa0;? Ses e-mails à la famille sont aussi écrits dans cette langue.</translation>
    </message>
    <message>
        <source>Which country do they live in?</source>
        <translation>Dans quel pays vit la personne&#xa0;?</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d&apos;urgence</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN for Settings, so that only the family can change them. Write it down somewhere safe.</source>
        <translation>Choisissez un code PIN à 4 chiffres pour les Réglages, pour que seule la famille puisse les changer. Notez-le dans un endroit sûr.</translation>
    </message>
    <message>
        <source>New 4-digit PIN</source>
        <translation>Nouveau code PIN à 4 chiffres</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN encore une fois</translation>
    </message>
    <message>
        <source>The email account CareLink reads the family&apos;s messages from. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation type="vanished">Le compte e-mail où CareLink lit les messages de la famille. Si vous n&apos;avez pas ses détails sous la main, appuyez sur Passer pour l&apos;instant et réglez-le plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Which email does CareLink use? It reads the family&apos;s messages from it. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation>Quel e-mail CareLink utilise-t-il&#xa0;? Il y lit les messages de la famille. Si vous n&apos;avez pas ses informations sous la main, appuyez sur Passer pour l&apos;instant et configurez-le plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>The email address CareLink uses.</source>
        <translation>L&apos;adresse e-mail qu&apos;utilise CareLink.</translation>
    </message>
    <message>
        <source>Who in the family will send messages? Only their messages reach the wall; others wait in Settings.</source>
        <translation>Qui dans la famille enverra des messages&#xa0;? Seuls leurs messages arrivent sur le mur&#xa0;; les autres attendent dans Réglages.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Ajouter quelqu&apos;un</translation>
    </message>
    <message>
        <source>The carer: the person who gets a message when something is wrong. You can skip this and add them later in Settings → Contacts.</source>
        <translation>L&apos;aidant&#xa0;: la personne qui reçoit un message quand quelque chose ne va pas. Vous pouvez passer cette étape et l&apos;ajouter plus tard dans Réglages → Contacts.</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Nom de l&apos;aidant</translation>
    </message>
    <message>
        <source>Carer&apos;s email address</source>
        <translation>Adresse e-mail de l&apos;aidant</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Setting up, step {number} of {total}</source>
        <translation>Mise en route, étape {number} sur {total}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>That could not be saved. Please try again.</source>
        <translation>Cela n&apos;a pas pu être enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Please choose the language CareLink should speak.</source>
        <translation>Veuillez choisir la langue que CareLink doit parler.</translation>
    </message>
    <message>
        <source>Please choose the country they live in, or Elsewhere.</source>
        <translation>Veuillez choisir le pays où la personne vit, ou Ailleurs.</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>Les deux codes PIN sont différents. Veuillez les taper à nouveau.</translation>
    </message>
    <message>
        <source>Please choose who provides the email, or Other.</source>
        <translation>Veuillez choisir qui fournit l&apos;e-mail, ou Autre.</translation>
    </message>
    <message>
        <source>On the list so far: {names}</source>
        <translation>Sur la liste pour l&apos;instant&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Added. Type the next person, or press Next.</source>
        <translation>Ajouté. Tapez la personne suivante, ou appuyez sur Suivant.</translation>
    </message>
    <message>
        <source>Please add at least one family member, so that their messages can reach the wall.</source>
        <translation>Veuillez ajouter au moins un membre de la famille, pour que ses messages puissent arriver sur le mur.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <source>night</source>
        <translation>nuit</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Tout est à jour</translation>
    </message>
    <message>
        <source>Looking for new messages…</source>
        <translation>Recherche de nouveaux messages…</translation>
    </message>
    <message>
        <source>Demo household — everything is up to date</source>
        <translation>Foyer de démo — tout est à jour</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Hors ligne — les messages partiront quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} à lire</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>I&apos;m OK today, done</source>
        <translation>Je vais bien, c&apos;est fait</translation>
    </message>
    <message>
        <source>Something important could not be sent — your family can see why in Settings</source>
        <translation>Quelque chose d&apos;important n&apos;a pas pu être envoyé — votre famille peut voir pourquoi dans Réglages</translation>
    </message>
    <message>
        <source>You have 1 new message.</source>
        <translation>Vous avez 1 nouveau message.</translation>
    </message>
    <message>
        <source>You have {count} new messages.</source>
        <translation>Vous avez {count} nouveaux messages.</translation>
    </message>
    <message>
        <source>There are no new messages.</source>
        <translation>Il n&apos;y a pas de nouveau message.</translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation>{app} — démo</translation>
    </message>
    <message>
        <source>A call for you</source>
        <translation>Un appel pour vous</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>{app} — {screen}</source>
        <translation>{app} — {screen}</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save new messages just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Cet ordinateur n&apos;a plus de place, donc CareLink ne peut pas enregistrer de nouveaux messages pour l&apos;instant. Rien n&apos;est perdu&#xa0;: veuillez libérer un peu de place (ou demander de l&apos;aide à votre famille), et CareLink continuera.</translation>
    </message>
    <message>
        <source>CareLink has a problem</source>
        <translation>CareLink a un problème</translation>
    </message>
    <message>
        <source>Reading… Stop</source>
        <translation>Lecture… Arrêter</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="vanished">{count} octets</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation type="vanished">{count} Ko</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation type="vanished">{count} Mo</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation type="vanished">{count} Go</translation>
    </message>
    <message>
        <source>Keep the original of each photo too</source>
        <translation>Garder aussi l&apos;original de chaque photo</translation>
    </message>
    <message>
        <source>CareLink keeps a copy of each photo made for the screen. The photo as it came takes about ten times the room, so keep the originals only if the family wants them (they are in CareLink&apos;s data folder).</source>
        <translation>CareLink garde de chaque photo une copie faite pour l&apos;écran. La photo telle qu&apos;elle est arrivée prend environ dix fois plus de place&#xa0;: ne gardez les originaux que si la famille les veut (ils sont dans le dossier de données de CareLink).</translation>
    </message>
    <message>
        <source>Remove the originals</source>
        <translation>Supprimer les originaux</translation>
    </message>
    <message>
        <source>Yes, remove the originals</source>
        <translation>Oui, supprimer les originaux</translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation>Garder les originaux</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Ne garder que les copies pour l&apos;écran économiserait {size}.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}.</source>
        <translation>Les originaux gardés jusqu&apos;ici prennent {size}.</translation>
    </message>
    <message>
        <source>Keeping display copies only saves {size}.</source>
        <translation>Ne garder que les copies pour l&apos;écran économise {size}.</translation>
    </message>
    <message>
        <source>CareLink could not find out how much room the photos take.</source>
        <translation>CareLink n&apos;a pas pu savoir combien de place prennent les photos.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}. Remove them? Every photo stays on the wall, and this cannot be undone.</source>
        <translation>Les originaux gardés jusqu&apos;ici prennent {size}. Les supprimer&#xa0;? Toutes les photos restent sur le mur, et on ne pourra pas revenir en arrière.</translation>
    </message>
    <message>
        <source>Removing the originals…</source>
        <translation>Suppression des originaux…</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Les originaux sont supprimés. Toutes les photos sont encore sur le mur.</translation>
    </message>
    <message>
        <source>The originals could not all be removed. Please try again.</source>
        <translation>Les originaux n&apos;ont pas tous pu être supprimés. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Kept: shown on the wall.</source>
        <translation>Gardé&#xa0;: montré sur le mur.</translation>
    </message>
    <message>
        <source>Not kept: too big, or damaged. The wall says so.</source>
        <translation>Pas gardé&#xa0;: trop gros, ou abîmé. Le mur le dit.</translation>
    </message>
    <message>
        <source>Not kept: CareLink can&apos;t show this kind. The wall says so.</source>
        <translation>Pas gardé&#xa0;: CareLink ne peut pas montrer ce genre de fichier. Le mur le dit.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Everything the family attached to their messages besides photos. Voice messages, videos and PDF documents play or show on the wall; for anything else the wall says it came.</source>
        <translation>Tout ce que la famille a joint à ses messages en plus des photos. Les messages vocaux, les vidéos et les documents PDF se lisent ou s&apos;affichent sur le mur&#xa0;; pour le reste, le mur dit que c&apos;est arrivé.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>La liste n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Pas encore de pièces jointes.</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Appels vidéo</translation>
    </message>
    <message>
        <source>The Jitsi Meet server for calls: meet.jit.si, or your care organisation&apos;s own (like https://jitsi.example.org)</source>
        <translation>Le serveur Jitsi Meet pour les appels&#xa0;: meet.jit.si, ou celui de votre organisme de soins (comme https://jitsi.example.org)</translation>
    </message>
    <message>
        <source>On meet.jit.si, the family member signs in with their Google account the first time, to start the call; CareLink&apos;s invite email tells them so. A care organisation&apos;s own Jitsi server can let calls start with no signing in.</source>
        <translation>Sur meet.jit.si, le membre de la famille se connecte avec son compte Google la première fois, pour démarrer l&apos;appel&#xa0;; l&apos;e-mail d&apos;invitation de CareLink le lui explique. Le serveur Jitsi d&apos;un organisme de soins peut permettre de démarrer les appels sans se connecter.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check my camera and microphone</source>
        <translation>Vérifier ma caméra et mon micro</translation>
    </message>
    <message>
        <source>Saved. New calls use {server}.</source>
        <translation>Enregistré. Les nouveaux appels utilisent {server}.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>Check-in and concerns</source>
        <translation>«&#xa0;Je vais bien&#xa0;» et soucis</translation>
    </message>
    <message>
        <source>The time by which “I&apos;m OK today” is expected each day, like 11:00 (leave it empty for no alert)</source>
        <translation>L&apos;heure à laquelle «&#xa0;Je vais bien&#xa0;» est attendu chaque jour, comme 11:00 (laissez vide pour aucune alerte)</translation>
    </message>
    <message>
        <source>When it has not come by then, the family is told. Tell the carers too?</source>
        <translation>S&apos;il n&apos;est pas arrivé à cette heure-là, la famille est prévenue. Prévenir aussi les aidants&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, the carers too</source>
        <translation>Oui, les aidants aussi</translation>
    </message>
    <message>
        <source>No, only the family</source>
        <translation>Non, seulement la famille</translation>
    </message>
    <message>
        <source>Tell the carers too?</source>
        <translation>Prévenir aussi les aidants&#xa0;?</translation>
    </message>
    <message>
        <source>How long a carer has to answer a concern before the backup carer is told, like 30 minutes or 2 hours</source>
        <translation>Le temps qu&apos;a un aidant pour répondre à un souci avant que l&apos;aidant de secours soit prévenu, comme 30 minutes ou 2 heures</translation>
    </message>
    <message>
        <source>Saved. “I&apos;m OK today” is expected by {time}.</source>
        <translation>Enregistré. «&#xa0;Je vais bien&#xa0;» est attendu avant {time}.</translation>
    </message>
    <message>
        <source>Saved. There is no alert when “I&apos;m OK today” does not come.</source>
        <translation>Enregistré. Il n&apos;y a pas d&apos;alerte quand «&#xa0;Je vais bien&#xa0;» n&apos;arrive pas.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Start CareLink when the computer starts</source>
        <translation>Ouvrir CareLink au démarrage de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Full screen, always (kiosk mode)</source>
        <translation>Plein écran, toujours (mode kiosque)</translation>
    </message>
    <message>
        <source>Hides the desktop so CareLink cannot be closed by accident. Closing it then needs the PIN.</source>
        <translation>Cache le bureau pour que CareLink ne soit pas fermé par erreur. Il faut alors le code PIN pour le fermer.</translation>
    </message>
    <message>
        <source>Close CareLink now, for example to use the computer for something else.</source>
        <translation>Fermer CareLink maintenant, par exemple pour utiliser l&apos;ordinateur pour autre chose.</translation>
    </message>
    <message>
        <source>Close CareLink</source>
        <translation>Fermer CareLink</translation>
    </message>
    <message>
        <source>So {name} never has to look for it.</source>
        <translation>Ainsi {name} n&apos;a jamais à le chercher.</translation>
    </message>
    <message>
        <source>So it is always ready.</source>
        <translation>Ainsi il est toujours prêt.</translation>
    </message>
    <message>
        <source>CareLink could not find out whether it starts with the computer.</source>
        <translation>CareLink n&apos;a pas pu savoir s&apos;il s&apos;ouvre au démarrage de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>CareLink could not change whether it starts with the computer. Please try again.</source>
        <translation>CareLink n&apos;a pas pu changer son ouverture au démarrage de l&apos;ordinateur. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>CareLink could not change how it starts with the computer. Turn “Start CareLink when the computer starts” off and on again to fix it.</source>
        <translation>CareLink n&apos;a pas pu changer sa façon de s&apos;ouvrir au démarrage. Désactivez puis réactivez «&#xa0;Ouvrir CareLink au démarrage de l&apos;ordinateur&#xa0;» pour corriger cela.</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>aidant de secours</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>aidant</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>Phone number (for a carer: shown if a concern cannot be sent)</source>
        <translation>Numéro de téléphone (pour un aidant&#xa0;: montré si un souci ne peut pas être envoyé)</translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation>Qui est-ce&#xa0;?</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Aidant</translation>
    </message>
    <message>
        <source>Main carer</source>
        <translation>Aidant principal</translation>
    </message>
    <message>
        <source>Backup carer</source>
        <translation>Aidant de secours</translation>
    </message>
    <message>
        <source>Main or backup carer</source>
        <translation>Aidant principal ou de secours</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Calls use:</source>
        <translation>Les appels utilisent&#xa0;:</translation>
    </message>
    <message>
        <source>A video room made for them</source>
        <translation>Une salle vidéo faite pour cette personne</translation>
    </message>
    <message>
        <source>Their own link</source>
        <translation>Son propre lien</translation>
    </message>
    <message>
        <source>Their call link (it starts with https://), or their phone number</source>
        <translation>Son lien d&apos;appel (il commence par https://), ou son numéro de téléphone</translation>
    </message>
    <message>
        <source>Answer their calls by themselves, after a 10-second countdown?</source>
        <translation>Répondre à ses appels tout seul, après un compte à rebours de 10 secondes&#xa0;?</translation>
    </message>
    <message>
        <source>No, ring and wait</source>
        <translation>Non, sonner et attendre</translation>
    </message>
    <message>
        <source>Yes, answer by themselves</source>
        <translation>Oui, répondre tout seul</translation>
    </message>
    <message>
        <source>Please type in their call link, or choose &quot;A video room made for them&quot;.</source>
        <translation>Veuillez taper son lien d&apos;appel, ou choisir &quot;Une salle vidéo faite pour cette personne&quot;.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>No carer is set up yet, so &quot;Report a concern&quot; goes to the family instead. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Aucun aidant n&apos;est encore prévu, donc &quot;Signaler un souci&quot; va à la famille. Ajoutez l&apos;aidant comme contact et choisissez &quot;Aidant&quot;.</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about &quot;Report a concern&quot;. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Personne n&apos;est encore prévu pour recevoir &quot;Signaler un souci&quot;. Ajoutez l&apos;aidant comme contact et choisissez &quot;Aidant&quot;.</translation>
    </message>
    <message>
        <source>A concern</source>
        <translation>Un souci</translation>
    </message>
    <message>
        <source>A missed check-in alert</source>
        <translation>Une alerte pour un «&#xa0;Je vais bien&#xa0;» manquant</translation>
    </message>
    <message>
        <source>{what} could not be sent to {to}: {why}</source>
        <translation>{what} n&apos;a pas pu être envoyé à {to}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un message</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Choisissez d&apos;abord un contact dans la liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The contact could not be saved. Please try again.</source>
        <translation>Le contact n&apos;a pas pu être enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Yes, remove {name}</source>
        <translation>Oui, retirer {name}</translation>
    </message>
    <message>
        <source>{name} has been removed.</source>
        <translation>{name} a été retiré.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Who provides the email account?</source>
        <translation>Qui fournit le compte e-mail&#xa0;?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The mail servers (filled in for the providers above)</source>
        <translation>Les serveurs de messagerie (remplis pour les fournisseurs ci-dessus)</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Serveur de courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Port du courrier entrant</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Serveur de courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Port du courrier sortant</translation>
    </message>
    <message>
        <source>User name (leave empty if it is the email address)</source>
        <translation>Nom d&apos;utilisateur (laissez vide si c&apos;est l&apos;adresse e-mail)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
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
        <translation>Aucune (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Password (leave empty to keep the saved one)</source>
        <translation>Mot de passe (laissez vide pour garder celui enregistré)</translation>
    </message>
    <message>
        <source>Type the server names and ports your email provider gives for mail programs. Most providers need an app password rather than the usual one.</source>
        <translation type="vanished">Tapez les noms de serveur et les ports que votre fournisseur d&apos;e-mail donne pour les logiciels de messagerie. La plupart des fournisseurs demandent un mot de passe d&apos;application plutôt que l&apos;habituel.</translation>
    </message>
    <message>
        <source>Please choose the security: SSL/TLS or STARTTLS.</source>
        <translation>Veuillez choisir la sécurité&#xa0;: SSL/TLS ou STARTTLS.</translation>
    </message>
    <message>
        <source>Please type the email address.</source>
        <translation>Veuillez taper l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Most providers need an app password rather than the usual one. Their help pages say how to make one, and give the server names and ports for mail programs.</source>
        <translation>La plupart des fournisseurs demandent un mot de passe d&apos;application plutôt que l&apos;habituel. Leurs pages d&apos;aide disent comment en créer un, et donnent les noms de serveur et les ports pour les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Please type the incoming mail server&apos;s name, like imap.example.com.</source>
        <translation>Veuillez taper le nom du serveur de courrier entrant, comme imap.example.com.</translation>
    </message>
    <message>
        <source>Please type the outgoing mail server&apos;s name, like smtp.example.com.</source>
        <translation>Veuillez taper le nom du serveur de courrier sortant, comme smtp.example.com.</translation>
    </message>
    <message>
        <source>Please type the password (for most providers, an app password).</source>
        <translation>Veuillez taper le mot de passe (chez la plupart des fournisseurs, un mot de passe d&apos;application).</translation>
    </message>
    <message>
        <source>Saved. The password is kept in this computer&apos;s password store.</source>
        <translation>Enregistré. Le mot de passe est gardé dans le trousseau de mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The email account could not be saved. Please try again.</source>
        <translation>Le compte e-mail n&apos;a pas pu être enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>Messages from people who are not on the contact list wait here, so that strangers never reach the wall, and so do automatic messages (read receipts, out-of-office replies). Only the family sees them.</source>
        <translation>Les messages des personnes qui ne sont pas dans la liste des contacts attendent ici, pour que des inconnus n&apos;arrivent jamais sur le mur, de même que les messages automatiques (accusés de lecture, réponses d&apos;absence). Seule la famille les voit.</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>Les mots du message</translation>
    </message>
    <message>
        <source>Just this message</source>
        <translation>Seulement ce message</translation>
    </message>
    <message>
        <source>Their name, as it will show on the wall</source>
        <translation>Son nom, tel qu&apos;il apparaîtra sur le mur</translation>
    </message>
    <message>
        <source>Put on the wall</source>
        <translation>Mettre sur le mur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Oui, le supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>{sender}
“{subject}”
{when} — held: {reason}</source>
        <translation>{sender}
«&#xa0;{subject}&#xa0;»
{when} — retenu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Nothing is held just now.</source>
        <translation>Rien n&apos;est retenu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{count} held. Choose one to read it.</source>
        <translation>Retenus&#xa0;: {count}. Choisissez-en un pour le lire.</translation>
    </message>
    <message>
        <source>What {sender} wrote:</source>
        <translation>Ce que {sender} a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>(This message has no words, only pictures or attachments.)</source>
        <translation>(Ce message n&apos;a pas de mots, seulement des images ou des pièces jointes.)</translation>
    </message>
    <message>
        <source>Also add {address} as family</source>
        <translation>Ajouter aussi {address} comme famille</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>Choisissez d&apos;abord un message dans la liste.</translation>
    </message>
    <message>
        <source>Please type their name, so the wall can show who it is from.</source>
        <translation>Veuillez taper son nom, pour que le mur montre de qui il vient.</translation>
    </message>
    <message>
        <source>Putting it on the wall…</source>
        <translation>Mise sur le mur…</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now, and {name} is on the contact list.</source>
        <translation>Le message de {sender} est maintenant sur le mur, et {name} est dans la liste des contacts.</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now.</source>
        <translation>Le message de {sender} est maintenant sur le mur.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Cela n&apos;a pas marché. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Delete the message from {sender}? It cannot be brought back.</source>
        <translation>Supprimer le message de {sender}&#xa0;? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>The message from {sender} has been deleted.</source>
        <translation>Le message de {sender} a été supprimé.</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Texte et couleurs</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normales</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Essayer la voix</translation>
    </message>
    <message>
        <source>Loudness of voice messages and videos</source>
        <translation>Volume des messages vocaux et des vidéos</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Recherche des voix…</translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation>La voix habituelle de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>No voices could be found.</source>
        <translation>Aucune voix n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Hello {name}. This is how I will read your messages.</source>
        <translation>Bonjour {name}. Voici comment je lirai vos messages.</translation>
    </message>
    <message>
        <source>About the person using CareLink</source>
        <translation>À propos de la personne qui utilise CareLink</translation>
    </message>
    <message>
        <source>Their first name</source>
        <translation>Son prénom</translation>
    </message>
    <message>
        <source>The language CareLink speaks and writes its emails in (it changes at once)</source>
        <translation>La langue dans laquelle CareLink parle et écrit ses e-mails (elle change tout de suite)</translation>
    </message>
    <message>
        <source>The country they live in (it sets the emergency number)</source>
        <translation>Le pays où vit la personne (il fixe le numéro d&apos;urgence)</translation>
    </message>
    <message>
        <source>Language and country, like en-GB (leave empty for this computer&apos;s)</source>
        <translation>Langue et pays, comme fr-FR (laissez vide pour ceux de cet ordinateur)</translation>
    </message>
    <message>
        <source>Emergency number (leave empty for the country&apos;s own)</source>
        <translation>Numéro d&apos;urgence (laissez vide pour celui du pays)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>Le code PIN a été changé.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>Le code PIN n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Email account</source>
        <translation>Compte e-mail</translation>
    </message>
    <message>
        <source>CareLink reads the family&apos;s messages from this email account and sends replies from it. It is best to make a new address just for CareLink.</source>
        <translation>CareLink lit les messages de la famille sur ce compte e-mail et envoie les réponses depuis celui-ci. Le mieux est de créer une nouvelle adresse rien que pour CareLink.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>CareLink keeps passwords only in this computer&apos;s password store, never in its own files.</source>
        <translation>CareLink garde les mots de passe seulement dans le trousseau de cet ordinateur, jamais dans ses propres fichiers.</translation>
    </message>
    <message>
        <source>Please save first: Test connection checks the saved account.</source>
        <translation>Veuillez d&apos;abord enregistrer&#xa0;: Tester la connexion vérifie le compte enregistré.</translation>
    </message>
    <message>
        <source>Checking… this can take up to a minute.</source>
        <translation>Vérification… cela peut prendre jusqu&apos;à une minute.</translation>
    </message>
    <message>
        <source>CareLink could not check the email account. Please try again.</source>
        <translation>CareLink n&apos;a pas pu vérifier le compte e-mail. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This is the demo household: its PIN is 1234.</source>
        <translation>Ceci est le foyer de démo&#xa0;: son code PIN est 1234.</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Chiffre {digit}</translation>
    </message>
    <message>
        <source>The number keys are switched off for a moment.</source>
        <translation>Les touches des chiffres sont désactivées un moment.</translation>
    </message>
    <message>
        <source>Please type the 4-digit PIN for Settings.</source>
        <translation>Veuillez taper le code PIN à 4 chiffres des Réglages.</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe.</source>
        <translation>Choisissez un code PIN à 4 chiffres qui protège les Réglages. Notez-le dans un endroit sûr.</translation>
    </message>
    <message>
        <source>Please type the same PIN again.</source>
        <translation>Veuillez taper le même code PIN encore une fois.</translation>
    </message>
    <message>
        <source>{count} of 4 digits typed</source>
        <translation>{count} sur 4 chiffres tapés</translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose one again.</source>
        <translation>Les deux codes PIN étaient différents. Veuillez en choisir un à nouveau.</translation>
    </message>
    <message>
        <source>CareLink could not check the PIN just now. Please try again.</source>
        <translation>CareLink n&apos;a pas pu vérifier le code PIN pour l&apos;instant. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Vous pouvez de nouveau essayer le code PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times. Please wait {time}, then try again.</source>
        <translation>Code PIN faux {count} fois. Veuillez attendre {time}, puis réessayer.</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} secondes</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Fermer les réglages</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>À propos de la personne</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>No carer is set up, so a concern goes to the family instead ({names}). Add a carer in Contacts.</source>
        <translation>Aucun aidant n&apos;est prévu, donc un souci va à la famille ({names}). Ajoutez un aidant dans Contacts.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.</source>
        <translation>Personne n&apos;est prévu pour recevoir un souci. Ajoutez un aidant (et la famille) dans Contacts.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not known (tap to turn on)</source>
        <translation>Inconnu (touchez pour activer)</translation>
    </message>
    <message>
        <source>✓ On (tap to turn off)</source>
        <translation>✓ Activé (touchez pour désactiver)</translation>
    </message>
    <message>
        <source>Off (tap to turn on)</source>
        <translation>Désactivé (touchez pour activer)</translation>
    </message>
    <message>
        <source>CareLink cannot tell whether this is on</source>
        <translation>CareLink ne sait pas si ceci est activé</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer: a part of CareLink is missing. Please install CareLink again.</source>
        <translation>Les fiches ne peuvent pas être faites sur cet ordinateur&#xa0;: une partie de CareLink manque. Veuillez réinstaller CareLink.</translation>
    </message>
    <message>
        <source>CareLink could not start a new page of the handout.</source>
        <translation>CareLink n&apos;a pas pu commencer une nouvelle page de la fiche.</translation>
    </message>
    <message>
        <source>CareLink could not start printing the handout. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink n&apos;a pas pu lancer l&apos;impression de la fiche. Vérifiez l&apos;imprimante (ou le dossier du fichier PDF) et réessayez.</translation>
    </message>
    <message>
        <source>CareLink — {title}</source>
        <translation>CareLink — {title}</translation>
    </message>
    <message>
        <source>CareLink — practice handout for {name}</source>
        <translation>CareLink — fiche d&apos;exercice pour {name}</translation>
    </message>
    <message>
        <source>CareLink — practice handout</source>
        <translation>CareLink — fiche d&apos;exercice</translation>
    </message>
    <message>
        <source>This lesson has {count} steps. Each page shows one step. The part of the screen to use has a yellow ring round it.</source>
        <translation type="vanished">Cette leçon a {count} étapes. Chaque page montre une étape. La partie de l&apos;écran à utiliser est entourée d&apos;un cercle jaune.</translation>
    </message>
    <message>
        <source>This lesson has {count} steps, two on each page. In each picture, the part of the screen to use has a thick black ring round it, with the step&apos;s number on its corner.</source>
        <translation>Cette leçon a {count} étapes, deux par page. Sur chaque image, la partie de l&apos;écran à utiliser est entourée d&apos;un épais cercle noir, avec le numéro de l&apos;étape dans son coin.</translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation>Par exemple&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path} ({reason}). Please choose another folder.</source>
        <translation>CareLink n&apos;a pas pu enregistrer la fiche sous {path} ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path}.</source>
        <translation>CareLink n&apos;a pas pu enregistrer la fiche sous {path}.</translation>
    </message>
    <message>
        <source>A handout is being made already. Please wait a moment.</source>
        <translation>Une fiche est déjà en cours. Veuillez patienter un moment.</translation>
    </message>
    <message>
        <source>The handout could not be made. Please try again.</source>
        <translation>La fiche n&apos;a pas pu être faite. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>Me remontrer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Arrêter l&apos;exercice</translation>
    </message>
    <message>
        <source>Practise it again</source>
        <translation>Refaire l&apos;exercice</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Retour aux leçons</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>You are practising now. Nothing you do here reaches a real person.</source>
        <translation>Vous vous exercez. Rien ici n&apos;arrive à une vraie personne.</translation>
    </message>
    <message>
        <source>Practise with a pretend family.</source>
        <translation>Exercez-vous avec une famille fictive.</translation>
    </message>
    <message>
        <source>Nothing you do here reaches a real person.</source>
        <translation>Rien ici n&apos;arrive à une vraie personne.</translation>
    </message>
    <message>
        <source>Previous lessons</source>
        <translation>Leçons précédentes</translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation>Plus de leçons</translation>
    </message>
    <message>
        <source>There are no lessons on this computer.</source>
        <translation>Il n&apos;y a pas de leçon sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Mode atelier</translation>
    </message>
    <message>
        <source>For the people who run workshops</source>
        <translation>Pour les personnes qui animent des ateliers</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Practice lesson</source>
        <translation>Leçon d&apos;exercice</translation>
    </message>
    <message>
        <source>CareLink could not start printing the certificate. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink n&apos;a pas pu commencer à imprimer le certificat. Vérifiez l&apos;imprimante (ou le dossier du fichier PDF) et réessayez.</translation>
    </message>
    <message>
        <source>CareLink — certificate</source>
        <translation>CareLink — certificat</translation>
    </message>
    <message>
        <source>Well done, {name}!</source>
        <translation>Bravo, {name}&#xa0;!</translation>
    </message>
    <message>
        <source>Today you learned to:</source>
        <translation>Aujourd&apos;hui, vous avez appris à&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation>Certificat pour {name}</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimer le certificat</translation>
    </message>
    <message>
        <source>CareLink could not save the certificate as {path}.</source>
        <translation>CareLink n&apos;a pas pu enregistrer le certificat sous {path}.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>You have finished: {title}.</source>
        <translation>Vous avez fini&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Nothing to press just now. Wait a moment: it happens by itself.</source>
        <translation>Rien à toucher pour l&apos;instant. Attendez un moment&#xa0;: cela se fait tout seul.</translation>
    </message>
    <message>
        <source>When you have read this, tap Next.</source>
        <translation>Quand vous avez lu ceci, touchez Suivant.</translation>
    </message>
    <message>
        <source>Wait a moment, then do what the words at the bottom say.</source>
        <translation>Attendez un instant, puis faites ce que disent les mots en bas.</translation>
    </message>
    <message>
        <source>Nearly! Tap the part with the yellow ring around it.</source>
        <translation>Presque&#xa0;! Touchez la partie entourée du cercle jaune.</translation>
    </message>
    <message>
        <source>To stop practising, tap Stop practising.</source>
        <translation>Pour arrêter, touchez Arrêter l&apos;exercice.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped at step {step} of {steps}</source>
        <translation type="vanished">arrêtée à l&apos;étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>on step {step} of {steps}</source>
        <translation type="vanished">à l&apos;étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>stopped after {done} of {steps} steps</source>
        <translation>arrêtée après {done} étapes sur {steps}</translation>
    </message>
    <message>
        <source>{done} of {steps} steps done so far</source>
        <translation>{done} étapes sur {steps} faites jusqu&apos;ici</translation>
    </message>
    <message>
        <source>{learner}: {lesson}, {how} ({time})</source>
        <translation>{learner}&#xa0;: {lesson}, {how} ({time})</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Quitter le mode atelier</translation>
    </message>
    <message>
        <source>1. Choose a lesson</source>
        <translation type="vanished">1. Choisissez une leçon</translation>
    </message>
    <message>
        <source>2. Type the learner&apos;s first name</source>
        <translation type="vanished">2. Tapez le prénom de l&apos;apprenant</translation>
    </message>
    <message>
        <source>The learner&apos;s first name</source>
        <translation>Le prénom de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>Commencer la leçon</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Imprimer une fiche</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Reset the pretend family (between learners)</source>
        <translation>Remettre à zéro la famille fictive (entre deux apprenants)</translation>
    </message>
    <message>
        <source>Forget the list of learners</source>
        <translation>Oublier la liste des apprenants</translation>
    </message>
    <message>
        <source>Certificate for this learner</source>
        <translation>Certificat pour cet apprenant</translation>
    </message>
    <message>
        <source>To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).</source>
        <translation>Pour quitter le mode atelier, appuyez sur Quitter le mode atelier et tapez le code PIN (ou appuyez sur Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation>Commencer une leçon</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Later learners</source>
        <translation>Apprenants plus récents</translation>
    </message>
    <message>
        <source>Earlier learners</source>
        <translation>Apprenants précédents</translation>
    </message>
    <message>
        <source>Please choose a lesson first.</source>
        <translation>Veuillez d&apos;abord choisir une leçon.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name (up to 30 letters).</source>
        <translation>Veuillez taper le prénom de l&apos;apprenant (30 lettres au plus).</translation>
    </message>
    <message>
        <source>Carry on from step {step}</source>
        <translation>Reprendre à l&apos;étape {step}</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Print the certificate.</source>
        <translation>Veuillez taper le prénom de l&apos;apprenant, puis touchez Imprimer le certificat.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Certificate for this learner.</source>
        <translation>Veuillez taper le prénom de l&apos;apprenant, puis touchez Certificat pour cet apprenant.</translation>
    </message>
    <message>
        <source>Handout: {lesson}</source>
        <translation>Fiche&#xa0;: {lesson}</translation>
    </message>
    <message>
        <source>Certificate: {learner}</source>
        <translation>Certificat&#xa0;: {learner}</translation>
    </message>
    <message>
        <source>Yes, forget every learner</source>
        <translation>Oui, oublier tous les apprenants</translation>
    </message>
    <message>
        <source>This forgets how every learner got on. Tap Yes, forget every learner to do it.</source>
        <translation>Cela oublie comment chaque apprenant s&apos;en est sorti. Touchez Oui, oublier tous les apprenants pour le faire.</translation>
    </message>
    <message>
        <source>The list of learners is empty now ({count} forgotten).</source>
        <translation>La liste des apprenants est vide maintenant ({count} oubliés).</translation>
    </message>
    <message>
        <source>Nobody has practised yet.</source>
        <translation>Personne ne s&apos;est encore exercé.</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer.</source>
        <translation>Les fiches ne peuvent pas être faites sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Making the handout… this takes a few seconds.</source>
        <translation>Préparation de la fiche… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}</source>
        <translation>La fiche est enregistrée dans {path}</translation>
    </message>
    <message>
        <source>The handout went to the printer.</source>
        <translation>La fiche est partie à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The certificate went to the printer.</source>
        <translation>Le certificat est parti à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The certificate is saved in {path}</source>
        <translation>Le certificat est enregistré dans {path}</translation>
    </message>
    <message>
        <source>The pretend family is fresh again: their messages are back as they were, ready for the next learner.</source>
        <translation>La famille fictive est comme neuve&#xa0;: ses messages sont revenus comme avant, prêts pour l&apos;apprenant suivant.</translation>
    </message>
    <message>
        <source>The practice could not start. Please try again, or reset the practice family.</source>
        <translation>L&apos;exercice n&apos;a pas pu commencer. Veuillez réessayer, ou remettre à zéro la famille fictive.</translation>
    </message>
    <message>
        <source>Please finish the lesson on show first.</source>
        <translation>Veuillez d&apos;abord finir la leçon en cours.</translation>
    </message>
    <message>
        <source>The practice family could not be reset.</source>
        <translation>La famille fictive n&apos;a pas pu être remise à zéro.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <source>about a quarter of a minute</source>
        <translation>environ un quart de minute</translation>
    </message>
    <message>
        <source>half a minute</source>
        <translation>une demi-minute</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>environ une minute</translation>
    </message>
    <message>
        <source>a minute and a half</source>
        <translation>une minute et demie</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>environ {count} minutes</translation>
    </message>
    <message>
        <source>about an hour</source>
        <translation>environ une heure</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>environ {count} heures</translation>
    </message>
    <message>
        <source>a voice message</source>
        <translation>un message vocal</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>une carte de visite</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>un tableur</translation>
    </message>
    <message>
        <source>a slide show</source>
        <translation>un diaporama</translation>
    </message>
    <message>
        <source>a folder of files</source>
        <translation>un dossier de fichiers</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>A voice message from {name}</source>
        <translation>Un message vocal de {name}</translation>
    </message>
    <message>
        <source>A video from {name}</source>
        <translation>Une vidéo de {name}</translation>
    </message>
    <message>
        <source>A document from {name}</source>
        <translation>Un document de {name}</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that was too big for CareLink to keep. Ask the family to help.</source>
        <translation>{name} a aussi envoyé {thing} ({file}), trop gros pour que CareLink le garde. Demandez de l&apos;aide à la famille.</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that CareLink can&apos;t show. Ask the family to help.</source>
        <translation>{name} a aussi envoyé {thing} ({file}), que CareLink ne peut pas montrer. Demandez de l&apos;aide à la famille.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to hear it.</source>
        <translation>{name} a envoyé {thing} de {length}. Appuyez sur Lire pour l&apos;écouter.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to watch it.</source>
        <translation>{name} a envoyé {thing} de {length}. Appuyez sur Lire pour la regarder.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to hear it.</source>
        <translation>{name} a envoyé {thing}. Appuyez sur Lire pour l&apos;écouter.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to watch it.</source>
        <translation>{name} a envoyé {thing}. Appuyez sur Lire pour la regarder.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {file}, shown on the card.</source>
        <translation>{name} a envoyé {thing}, {file}, montré sur la carte.</translation>
    </message>
    <message>
        <source>This photo could not be shown</source>
        <translation>Cette photo n&apos;a pas pu être montrée</translation>
    </message>
    <message>
        <source>Scroll the message up</source>
        <translation>Remonter dans le message</translation>
    </message>
    <message>
        <source>Scroll the message down</source>
        <translation>Descendre dans le message</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>{name} wanted a video call, {when}.</source>
        <translation>{name} voulait un appel vidéo, {when}.</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to see it large.</source>
        <translation>Photo de {name}. Touchez pour l&apos;agrandir.</translation>
    </message>
    <message>
        <source>Photo {number} of {total} from {name}. Tap to see it large.</source>
        <translation>Photo {number} sur {total} de {name}. Touchez pour l&apos;agrandir.</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Message précédent</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Répondre à ce message</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Message suivant</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} sur {total}</translation>
    </message>
    <message>
        <source>Message {number} of {total}</source>
        <translation>Message {number} sur {total}</translation>
    </message>
    <message>
        <source>{count} of the {total} photos could not be shown.</source>
        <translation>{count} des {total} photos n&apos;ont pas pu être montrées.</translation>
    </message>
    <message>
        <source>A photo came with this message but could not be shown.</source>
        <translation>Une photo est venue avec ce message mais n&apos;a pas pu être montrée.</translation>
    </message>
    <message>
        <source>{count} photos came with this message but could not be shown.</source>
        <translation>{count} photos sont venues avec ce message mais n&apos;ont pas pu être montrées.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <source>There is a photo with this message.</source>
        <translation>Il y a une photo avec ce message.</translation>
    </message>
    <message>
        <source>There are {count} photos with this message.</source>
        <translation>Il y a {count} photos avec ce message.</translation>
    </message>
    <message>
        <source>From {name}, {when}.</source>
        <translation>De {name}, {when}.</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Lire</translation>
    </message>
    <message>
        <source>▶  Play the voice message</source>
        <translation>▶  Écouter le message vocal</translation>
    </message>
    <message>
        <source>▶  Play the video</source>
        <translation>▶  Regarder la vidéo</translation>
    </message>
    <message>
        <source>This voice message can&apos;t be played on this computer.</source>
        <translation>Ce message vocal ne peut pas être lu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This video can&apos;t be played on this computer.</source>
        <translation>Cette vidéo ne peut pas être lue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask the family to help.</source>
        <translation>Demandez de l&apos;aide à la famille.</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Arrêter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>◀  Previous page</source>
        <translation type="vanished">◀  Page précédente</translation>
    </message>
    <message>
        <source>Next page  ▶</source>
        <translation type="vanished">Page suivante  ▶</translation>
    </message>
    <message>
        <source>A document from {name}: {file}</source>
        <translation>Un document de {name}&#xa0;: {file}</translation>
    </message>
    <message>
        <source>This document can&apos;t be shown on this computer. Ask the family to help.</source>
        <translation>Ce document ne peut pas être montré sur cet ordinateur. Demandez de l&apos;aide à la famille.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Page {number} of {total} of the document {file}</source>
        <translation>Page {number} sur {total} du document {file}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Fermer la photo</translation>
    </message>
    <message>
        <source>Photo from {name}</source>
        <translation>Photo de {name}</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to close it.</source>
        <translation>Photo de {name}. Touchez pour la fermer.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Lovely!</source>
        <translation>Très joli&#xa0;!</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Appelle-moi, s&apos;il te plaît</translation>
    </message>
    <message>
        <source>Love you</source>
        <translation>Je t&apos;embrasse</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Envoyé ✓</translation>
    </message>
    <message>
        <source>Will send when the connection is back</source>
        <translation>Sera envoyé quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>This reply could not be delivered. Your family can see why in Settings.</source>
        <translation>Cette réponse n&apos;a pas pu être remise. Votre famille peut voir pourquoi dans Réglages.</translation>
    </message>
    <message>
        <source>Sorry, the reply could not be saved. Please try again.</source>
        <translation>Désolé, la réponse n&apos;a pas pu être enregistrée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Reply “{words}”</source>
        <translation>Répondre «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Écrire une réponse</translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation>Votre réponse à {name}&#xa0;:</translation>
    </message>
    <message>
        <source>Your reply to {name}</source>
        <translation>Votre réponse à {name}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No messages yet. When your family writes, their messages will appear here.</source>
        <translation>Pas encore de message. Quand votre famille écrira, ses messages apparaîtront ici.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Sorry, this message could not be shown.</source>
        <translation>Désolé, ce message n&apos;a pas pu être montré.</translation>
    </message>
    <message>
        <source>{screen}, {number} of {total}</source>
        <translation>{screen}, {number} sur {total}</translation>
    </message>
    <message>
        <source>A new message has arrived. Press Previous to see it.</source>
        <translation>Un nouveau message est arrivé. Appuyez sur Précédent pour le voir.</translation>
    </message>
    <message>
        <source>{count} new messages have arrived. Press Previous to see them.</source>
        <translation>{count} nouveaux messages sont arrivés. Appuyez sur Précédent pour les voir.</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Veuillez écrire quelque chose à envoyer.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Photo de {name}</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Sa photo</translation>
    </message>
    <message>
        <source>Their initials, {initials}</source>
        <translation>Ses initiales, {initials}</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation type="vanished">Je me sens mal</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation type="vanished">Solitude, tristesse</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation type="vanished">Un problème avec mes soins</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation type="vanished">Quelqu&apos;un m&apos;inquiète</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation type="vanished">Quelque chose est cassé chez moi</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="vanished">Autre chose</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>{when} — New</source>
        <translation>{when} — Nouveau</translation>
    </message>
    <message>
        <source>It is {date}.</source>
        <translation>Nous sommes {date}.</translation>
    </message>
    <message>
        <source>Practice — nothing is sent to anyone</source>
        <translation>Exercice — rien n&apos;est envoyé à personne</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The folder {folder} is not CareLink&apos;s practice household, so CareLink leaves it alone. Move it, or use another data folder for workshops.</source>
        <translation>Le dossier {folder} n&apos;est pas le foyer d&apos;exercice de CareLink, donc CareLink n&apos;y touche pas. Déplacez-le, ou utilisez un autre dossier de données pour les ateliers.</translation>
    </message>
    <message>
        <source>CareLink could not clear the practice household ({problem}). Close the tutorial and try again.</source>
        <translation>CareLink n&apos;a pas pu vider le foyer d&apos;exercice ({problem}). Fermez l&apos;atelier et réessayez.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address. It should look like sarah@example.com.</source>
        <translation>&apos;{address}&apos; n&apos;est pas une adresse e-mail. Elle devrait ressembler à sarah@example.com.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification in the Google Account, then make an app password under Security → App passwords, and type that here instead of the usual password.</source>
        <translation>Activez la validation en deux étapes dans le compte Google, puis créez un mot de passe d&apos;application sous Sécurité → Mots de passe des applications, et tapez-le ici à la place du mot de passe habituel.</translation>
    </message>
    <message>
        <source>In Yahoo&apos;s Account Security page choose &apos;Generate app password&apos; and type that here.</source>
        <translation>Sur la page Sécurité du compte Yahoo, choisissez « Générer un mot de passe d&apos;application » et tapez-le ici.</translation>
    </message>
    <message>
        <source>At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.</source>
        <translation>Sur appleid.apple.com, sous Connexion et sécurité, choisissez Mots de passe pour app et créez-en un.</translation>
    </message>
    <message>
        <source>In Fastmail&apos;s Settings → Privacy &amp; Security → Manage app passwords, make one for &apos;Mail (IMAP/SMTP)&apos;.</source>
        <translation>Dans les Réglages de Fastmail → Confidentialité et sécurité → Gérer les mots de passe d&apos;application, créez-en un pour « Mail (IMAP/SMTP) ».</translation>
    </message>
    <message>
        <source>In GMX&apos;s settings, allow POP3/IMAP access first; then use the usual GMX password here.</source>
        <translation>Dans les paramètres de GMX, autorisez d&apos;abord l&apos;accès POP3/IMAP ; puis tapez ici le mot de passe GMX habituel.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server name for {which}. It looks like imap.example.com.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un nom de serveur pour {which}. Il ressemble à imap.example.com.</translation>
    </message>
    <message>
        <source>The {which} port must be between 1 and 65535; {default} is usual.</source>
        <translation>Le port {which} doit être entre 1 et 65535 ; {default} est l&apos;habituel.</translation>
    </message>
    <message>
        <source>Security must be ssl or starttls (or none, only for a server on this computer).</source>
        <translation>La sécurité doit être ssl ou starttls (ou none, seulement pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>CareLink only talks to mail servers over a secure connection (ssl or starttls). &apos;none&apos; is allowed only for a server on this computer.</source>
        <translation>CareLink ne parle aux serveurs de messagerie que par une connexion sécurisée (ssl ou starttls). &apos;none&apos; n&apos;est permis que pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That user name has characters a mail server would not accept.</source>
        <translation>Ce nom d&apos;utilisateur contient des caractères qu&apos;un serveur de messagerie n&apos;accepterait pas.</translation>
    </message>
    <message>
        <source>The {which} port must be a number, like {default}.</source>
        <translation>Le port {which} doit être un nombre, comme {default}.</translation>
    </message>
    <message>
        <source>The mail server is answering too slowly; CareLink will try again.</source>
        <translation>Le serveur de messagerie répond trop lentement ; CareLink réessaiera.</translation>
    </message>
    <message>
        <source>The email server did not accept the password. Many providers need an app password for programs like CareLink; the setup screen says how to make one.</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le mot de passe. Beaucoup de fournisseurs demandent un mot de passe d&apos;application pour des programmes comme CareLink ; l&apos;écran de réglage explique comment en créer un.</translation>
    </message>
    <message>
        <source>No internet connection, or the mail server {host} is not answering. CareLink will try again later.</source>
        <translation>Pas de connexion internet, ou le serveur de messagerie {host} ne répond pas. CareLink réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The mail server gave an answer CareLink did not understand. CareLink will try again later.</source>
        <translation>Le serveur de messagerie a donné une réponse que CareLink n&apos;a pas comprise. CareLink réessaiera plus tard.</translation>
    </message>
    <message>
        <source>CareLink has no password saved for this email account. Type it again in the email settings.</source>
        <translation>CareLink n&apos;a pas de mot de passe enregistré pour ce compte e-mail. Tapez-le à nouveau dans les réglages de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The mail server could not check the password just now. CareLink will try again later.</source>
        <translation>Le serveur de messagerie n&apos;a pas pu vérifier le mot de passe pour l&apos;instant. CareLink réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The email server cannot take a password with letters like é or ü. Make an app password for CareLink instead.</source>
        <translation>Le serveur de messagerie n&apos;accepte pas un mot de passe avec des lettres comme é ou ü. Créez plutôt un mot de passe d&apos;application pour CareLink.</translation>
    </message>
    <message>
        <source>The mail folder &apos;{folder}&apos; was not found on the server.</source>
        <translation>Le dossier de messagerie &apos;{folder}&apos; n&apos;a pas été trouvé sur le serveur.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer a secure connection on port {port}. Check the port and security setting.</source>
        <translation>Le serveur de messagerie {host} n&apos;offre pas de connexion sécurisée sur le port {port}. Vérifiez le port et la sécurité.</translation>
    </message>
    <message>
        <source>The email server wants a password, and CareLink has none saved. Type it again in the email settings.</source>
        <translation>Le serveur de messagerie demande un mot de passe, et CareLink n&apos;en a aucun d&apos;enregistré. Tapez-le à nouveau dans les réglages de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer what CareLink needs to send (a way to sign in, or addresses with non-English letters). Check the server settings.</source>
        <translation>Le serveur de messagerie {host} n&apos;offre pas ce dont CareLink a besoin pour envoyer (une façon de se connecter, ou des adresses avec des lettres non anglaises). Vérifiez les réglages du serveur.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}. Check that address.</source>
        <translation>Le serveur de messagerie n&apos;a pas voulu livrer à {addresses}. Vérifiez cette adresse.</translation>
    </message>
    <message>
        <source>The mail server refused this message. It may be too large, or the server does not allow this sender.</source>
        <translation>Le serveur de messagerie a refusé ce message. Il est peut-être trop gros, ou le serveur n&apos;accepte pas cet expéditeur.</translation>
    </message>
    <message>
        <source>The mail server {host} could not prove who it is (its certificate is not trusted), so CareLink did not send it anything. Check the server name.</source>
        <translation>Le serveur de messagerie {host} n&apos;a pas pu prouver qui il est (son certificat n&apos;est pas fiable), donc CareLink ne lui a rien envoyé. Vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <source>CareLink could not make a secure connection to {host} on port {port}. Check the port and security setting, or try again later.</source>
        <translation>CareLink n&apos;a pas pu établir une connexion sécurisée avec {host} sur le port {port}. Vérifiez le port et la sécurité, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>CareLink could not find the mail server {host}. Check the server name, or the internet connection.</source>
        <translation>CareLink n&apos;a pas trouvé le serveur de messagerie {host}. Vérifiez le nom du serveur, ou la connexion internet.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}; the other people got it. Check that address.</source>
        <translation>Le serveur de messagerie n&apos;a pas voulu livrer à {addresses} ; les autres personnes l&apos;ont reçu. Vérifiez cette adresse.</translation>
    </message>
    <message>
        <source>The mail server cannot take mail for {addresses} just now. CareLink will try again later.</source>
        <translation>Le serveur de messagerie ne peut pas prendre de courrier pour {addresses} pour l&apos;instant. CareLink réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The mail server is busy and could not take the message just now. CareLink will try again later.</source>
        <translation>Le serveur de messagerie est occupé et n&apos;a pas pu prendre le message pour l&apos;instant. CareLink réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Réglages : {settings}</translation>
    </message>
    <message>
        <source>CareLink: keep in touch with family.</source>
        <translation>CareLink : gardez le contact avec votre famille.</translation>
    </message>
    <message>
        <source>where the household&apos;s data lives (default: your user data folder; or set CARELINK_DATA_DIR)</source>
        <translation>où se trouvent les données du foyer (par défaut : votre dossier de données ; ou définissez CARELINK_DATA_DIR)</translation>
    </message>
    <message>
        <source>use the demo household with a pretend family</source>
        <translation>utiliser le foyer de démonstration avec une famille fictive</translation>
    </message>
    <message>
        <source>start CareLink&apos;s window (the default)</source>
        <translation>ouvrir la fenêtre de CareLink (par défaut)</translation>
    </message>
    <message>
        <source>fill the whole screen</source>
        <translation>remplir tout l&apos;écran</translation>
    </message>
    <message>
        <source>open the workshop tutorial</source>
        <translation>ouvrir l&apos;atelier d&apos;apprentissage</translation>
    </message>
    <message>
        <source>add, list or remove contacts</source>
        <translation>ajouter, lister ou retirer des contacts</translation>
    </message>
    <message>
        <source>add a contact</source>
        <translation>ajouter un contact</translation>
    </message>
    <message>
        <source>this carer is the backup carer</source>
        <translation>cet aidant est l&apos;aidant de secours</translation>
    </message>
    <message>
        <source>a JPEG, PNG or GIF picture of them</source>
        <translation>une photo de la personne en JPEG, PNG ou GIF</translation>
    </message>
    <message>
        <source>their own video-call link (https://…) or phone number; without it, calls use a Jitsi Meet room made for them</source>
        <translation>son propre lien d&apos;appel vidéo (https://…) ou numéro de téléphone ; sans lui, les appels utilisent une salle Jitsi Meet faite pour la personne</translation>
    </message>
    <message>
        <source>their calls answer by themselves after 10 s</source>
        <translation>ses appels décrochent tout seuls après 10 s</translation>
    </message>
    <message>
        <source>their phone number (a carer&apos;s is shown when a concern cannot be sent)</source>
        <translation>son numéro de téléphone (celui d&apos;un aidant est montré quand un souci ne peut pas être envoyé)</translation>
    </message>
    <message>
        <source>the language of the emails CareLink sends them, like cy or de (default: the household&apos;s)</source>
        <translation>la langue des e-mails que CareLink lui envoie, comme cy ou de (par défaut : celle du foyer)</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>lister les contacts</translation>
    </message>
    <message>
        <source>remove a contact</source>
        <translation>retirer un contact</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>lire ou changer un réglage</translation>
    </message>
    <message>
        <source>show a setting</source>
        <translation>afficher un réglage</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>changer un réglage</translation>
    </message>
    <message>
        <source>answer yes to its question (photos.keep_originals off: remove the originals kept so far)</source>
        <translation>répondre oui à sa question (photos.keep_originals off : retirer les originaux gardés jusqu’ici)</translation>
    </message>
    <message>
        <source>Added {name} ({email}) as contact {id}.</source>
        <translation>{name} ({email}) est ajouté comme contact {id}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} est retiré.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>aidant</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>aidant de secours</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>téléphone {number}</translation>
    </message>
    <message>
        <source>CareLink could not use its data folder: {problem}.</source>
        <translation>CareLink n&apos;a pas pu utiliser son dossier de données : {problem}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy with a call just now, so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation>La fenêtre de CareLink est occupée par un appel en ce moment : cet appel n&apos;a donc pas été lancé et aucune invitation n&apos;a été envoyée à {name}. Veuillez réessayer quand elle sera libre.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in a lesson just now, so this call was not started and {name} was not invited. Please try again when the lesson is over.</source>
        <translation>La fenêtre de CareLink est en pleine leçon : cet appel n&apos;a donc pas été lancé et aucune invitation n&apos;a été envoyée à {name}. Veuillez réessayer quand la leçon sera finie.</translation>
    </message>
    <message>
        <source>CareLink is still being set up in its window, so this call was not started and {name} was not invited. Please finish setting it up first.</source>
        <translation>CareLink est encore en cours de configuration dans sa fenêtre : cet appel n&apos;a donc pas été lancé et aucune invitation n&apos;a été envoyée à {name}. Veuillez d&apos;abord terminer la configuration.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is showing the demo with its pretend family, not this household, so this call was not started and {name} was not invited.</source>
        <translation>La fenêtre de CareLink montre la démo avec sa famille fictive, et non ce foyer : cet appel n&apos;a donc pas été lancé et aucune invitation n&apos;a été envoyée à {name}.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>pas envoyé</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>vu</translation>
    </message>
    <message>
        <source>sent to the backup too</source>
        <translation>envoyé aussi à l&apos;aidant de secours</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>souci</translation>
    </message>
    <message>
        <source>call invite</source>
        <translation>invitation à un appel</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>je vais bien</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>Concern {reference} is kept; your family can see it in &apos;carelink outbox&apos;.</source>
        <translation>Le souci {reference} est gardé ; votre famille peut le voir dans &apos;carelink outbox&apos;.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}. ({why}{kept})</source>
        <translation>CareLink n&apos;a pas pu envoyer ceci. Veuillez téléphoner à {name}. ({why}{kept})</translation>
    </message>
    <message>
        <source>The mail server said: {reason} </source>
        <translation>Le serveur de messagerie a dit : {reason} </translation>
    </message>
    <message>
        <source>CareLink could not tell the family: the mail server refused it. {why}Please phone them instead.</source>
        <translation>CareLink n&apos;a pas pu prévenir la famille : le serveur de messagerie l&apos;a refusé. {why}Veuillez plutôt leur téléphoner.</translation>
    </message>
    <message>
        <source>report a concern to the carer</source>
        <translation>signaler un souci à l&apos;aidant</translation>
    </message>
    <message>
        <source>send a concern to the carer</source>
        <translation>envoyer un souci à l&apos;aidant</translation>
    </message>
    <message>
        <source>the person&apos;s own words</source>
        <translation>les propres mots de la personne</translation>
    </message>
    <message>
        <source>they would like the carer to call</source>
        <translation>la personne aimerait que l&apos;aidant l&apos;appelle</translation>
    </message>
    <message>
        <source>list concerns and how far they have got</source>
        <translation>lister les soucis et où ils en sont</translation>
    </message>
    <message>
        <source>tell the family &quot;I&apos;m OK today&quot;</source>
        <translation>dire à la famille « Je vais bien »</translation>
    </message>
    <message>
        <source>start a video call with a contact (sends them an invite)</source>
        <translation>lancer un appel vidéo avec un contact (lui envoie une invitation)</translation>
    </message>
    <message>
        <source>send the invite but do not open the call here</source>
        <translation>envoyer l&apos;invitation sans ouvrir l&apos;appel ici</translation>
    </message>
    <message>
        <source>No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Aucun aidant n&apos;est prévu, donc ce souci va à la famille : {names}. (Ajoutez un aidant avec &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})</source>
        <translation>CareLink n&apos;a pas pu envoyer ceci. Veuillez téléphoner à {name} au {phone}. ({why}{kept})</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work, so it was sent to {others} instead. (Concern {reference})</source>
        <translation>L&apos;adresse e-mail de {name} n&apos;a pas marché, donc il a été envoyé à {others}. (Souci {reference})</translation>
    </message>
    <message>
        <source>, seen by {name}</source>
        <translation>, vu par {name}</translation>
    </message>
    <message>
        <source>Stored at {time}, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Gardé à {time}, pas envoyé : {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Sent to {name}. (Concern {reference})</source>
        <translation>Envoyé à {name}. (Souci {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: another CareLink on this computer is telling the family.</source>
        <translation>Gardé à {time} : un autre CareLink sur cet ordinateur prévient la famille.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window. {name} is sent the invite as soon as it has opened there.</source>
        <translation>L&apos;appel s&apos;ouvre dans la fenêtre de CareLink. {name} recevra l&apos;invitation dès qu&apos;il s&apos;y sera ouvert.</translation>
    </message>
    <message>
        <source>The invite to {name} was not sent: {why}. Phone them to say you are calling.</source>
        <translation>L&apos;invitation à {name} n&apos;est pas partie : {why}. Téléphonez-lui pour dire que vous appelez.</translation>
    </message>
    <message>
        <source>The call could not be opened here: open the link below in a web browser.</source>
        <translation>L&apos;appel n&apos;a pas pu s&apos;ouvrir ici : ouvrez le lien ci-dessous dans un navigateur.</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work; it will be sent to {others} when the connection is back. (Concern {reference})</source>
        <translation>L&apos;adresse e-mail de {name} n&apos;a pas marché ; il sera envoyé à {others} quand la connexion sera revenue. (Souci {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: the family will be told when the connection is back.</source>
        <translation>Gardé à {time} : la famille sera prévenue quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>Told the family you&apos;re OK at {time}.</source>
        <translation>La famille sait que vous allez bien, depuis {time}.</translation>
    </message>
    <message>
        <source>The invite to {name} could not be sent. {why}Phone them to say you are calling.</source>
        <translation>L&apos;invitation à {name} n&apos;a pas pu être envoyée. {why}Téléphonez-lui pour dire que vous appelez.</translation>
    </message>
    <message>
        <source>Invited {name} to the call (the invite will go when the connection is back).</source>
        <translation>{name} est invité à l&apos;appel (l&apos;invitation partira quand la connexion sera revenue).</translation>
    </message>
    <message>
        <source>Invited {name} to the call.</source>
        <translation>{name} est invité à l&apos;appel.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})</source>
        <translation>Gardé, pas envoyé : {why}. Il sera envoyé à {name} une fois cela fait. (Souci {reference})</translation>
    </message>
    <message>
        <source>Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})</source>
        <translation>Gardé : un autre CareLink sur cet ordinateur l&apos;envoie à {name}. (Souci {reference})</translation>
    </message>
    <message>
        <source>Stored: it will be sent to {name} when the connection is back. (Concern {reference})</source>
        <translation>Gardé : il sera envoyé à {name} quand la connexion sera revenue. (Souci {reference})</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Aucun mot de passe n&apos;a été donné sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Saved the email account {address}. &apos;carelink sync --once&apos; fetches the mail.</source>
        <translation>Le compte e-mail {address} est enregistré. &apos;carelink sync --once&apos; relève le courrier.</translation>
    </message>
    <message>
        <source>{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.</source>
        <translation>{new} nouveaux, {held} gardés pour la famille, {sent} envoyés, {waiting} en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Email is not set up yet. Use &apos;carelink setup email&apos; first.</source>
        <translation>L&apos;e-mail n&apos;est pas encore réglé. Utilisez d&apos;abord &apos;carelink setup email&apos;.</translation>
    </message>
    <message>
        <source>set up the email account</source>
        <translation>configurer le compte e-mail</translation>
    </message>
    <message>
        <source>the email account CareLink reads and sends with</source>
        <translation>le compte e-mail avec lequel CareLink lit et envoie</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>lire le mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>also set the Settings PIN, read from standard input (after the password&apos;s line)</source>
        <translation>choisir aussi le code PIN des Réglages, lu sur l&apos;entrée standard (après la ligne du mot de passe)</translation>
    </message>
    <message>
        <source>fetch new mail and send the outbox</source>
        <translation>relever le courrier et envoyer ce qui attend</translation>
    </message>
    <message>
        <source>one pass, then stop (exit 1 if the server is unreachable)</source>
        <translation>une seule fois, puis s&apos;arrêter (code 1 si le serveur ne répond pas)</translation>
    </message>
    <message>
        <source>list the messages on the wall</source>
        <translation>lister les messages du mur</translation>
    </message>
    <message>
        <source>list, approve or reject mail held from unknown senders</source>
        <translation>lister, accepter ou refuser le courrier retenu d&apos;expéditeurs inconnus</translation>
    </message>
    <message>
        <source>put a held message on the wall</source>
        <translation>mettre un message retenu sur le mur</translation>
    </message>
    <message>
        <source>also add the sender as a family contact</source>
        <translation>ajouter aussi l&apos;expéditeur comme contact de la famille</translation>
    </message>
    <message>
        <source>delete a held message</source>
        <translation>supprimer un message retenu</translation>
    </message>
    <message>
        <source>reply to a message on the wall</source>
        <translation>répondre à un message du mur</translation>
    </message>
    <message>
        <source>list what is being sent</source>
        <translation>lister ce qui est en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: CareLink will try again.</source>
        <translation>{problem} Rien n&apos;est perdu : CareLink réessaiera.</translation>
    </message>
    <message>
        <source>Message {id} is on the wall now (as message {wall_id}).</source>
        <translation>Le message {id} est maintenant sur le mur (comme message {wall_id}).</translation>
    </message>
    <message>
        <source>The reply could not be delivered: {problem}</source>
        <translation>La réponse n&apos;a pas pu être remise : {problem}</translation>
    </message>
    <message>
        <source>Fetched {done} of {total} messages…</source>
        <translation>{done} messages relevés sur {total}…</translation>
    </message>
    <message>
        <source>Message {id} has been deleted.</source>
        <translation>Le message {id} a été supprimé.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Gardé, pas envoyé : {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Will send when the connection is back ({why}).</source>
        <translation>Partira quand la connexion sera revenue ({why}).</translation>
    </message>
    <message>
        <source>to {addresses}  tries: {tries}</source>
        <translation>à {addresses}  essais : {tries}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to remove them: </source>
        <translation>Supprimer les originaux gardés jusqu&apos;ici ({size}) ? Toutes les photos restent sur le mur. Tapez {yes} pour les supprimer : </translation>
    </message>
    <message>
        <source>Keeping display copies only has saved {size}.</source>
        <translation>Ne garder que les copies pour l&apos;écran a économisé {size}.</translation>
    </message>
    <message>
        <source>From now on the original of each photo is kept too, beside the copy CareLink shows. An original takes about ten times the room.</source>
        <translation>Désormais, l&apos;original de chaque photo est gardé aussi, à côté de la copie que CareLink affiche. Un original prend environ dix fois plus de place.</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Ne garder que les copies pour l&apos;écran économiserait {size}.</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Les originaux sont supprimés. Toutes les photos sont encore sur le mur.</translation>
    </message>
    <message>
        <source>The originals kept so far stay ({size}). To remove them: carelink settings set photos.keep_originals off --yes</source>
        <translation>Les originaux gardés jusqu&apos;ici restent ({size}). Pour les supprimer : carelink settings set photos.keep_originals off --yes</translation>
    </message>
    <message>
        <source>Settings has no PIN yet, so anyone at this computer can open it. Choose one with: echo 2580 | carelink pin set (with your own 4 digits).</source>
        <translation>Les Réglages n&apos;ont pas encore de code PIN, donc n&apos;importe qui à cet ordinateur peut les ouvrir. Choisissez-en un avec : echo 2580 | carelink pin set (avec vos 4 chiffres à vous).</translation>
    </message>
    <message>
        <source>The Settings PIN is set. Keep it somewhere safe.</source>
        <translation>Le code PIN des Réglages est choisi. Gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>New PIN (4 digits, not shown): </source>
        <translation>Nouveau code PIN (4 chiffres, il ne s&apos;affiche pas) : </translation>
    </message>
    <message>
        <source>No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set</source>
        <translation>Aucun code PIN n&apos;a été donné sur l&apos;entrée standard. Tapez-le ainsi : echo 2580 | carelink pin set</translation>
    </message>
    <message>
        <source>set the 4-digit PIN that keeps Settings safe</source>
        <translation>choisir le code PIN à 4 chiffres qui protège les Réglages</translation>
    </message>
    <message>
        <source>set the PIN, read from standard input (one line, 4 digits)</source>
        <translation>choisir le code PIN, lu sur l&apos;entrée standard (une ligne, 4 chiffres)</translation>
    </message>
    <message>
        <source>Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. Typed at a terminal, it is asked for without showing it.</source>
        <translation>Lit le nouveau code PIN sur l&apos;entrée standard, par exemple echo 2580 | carelink pin set. Tapé dans un terminal, il est demandé sans être affiché.</translation>
    </message>
    <message>
        <source>save a picture of a screen</source>
        <translation>enregistrer une image d&apos;un écran</translation>
    </message>
    <message>
        <source>width x height, like 1280x800</source>
        <translation>largeur x hauteur, comme 1280x800</translation>
    </message>
    <message>
        <source>render at this text size without changing the setting</source>
        <translation>dessiner à cette taille de texte sans changer le réglage</translation>
    </message>
    <message>
        <source>The practice household is fresh again: the pretend family&apos;s messages are back as they were.</source>
        <translation>Le foyer d&apos;exercice est comme neuf : les messages de la famille fictive sont revenus comme avant.</translation>
    </message>
    <message>
        <source>practising</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>workshop lessons with a pretend family</source>
        <translation>leçons d&apos;atelier avec une famille fictive</translation>
    </message>
    <message>
        <source>list the lessons</source>
        <translation>lister les leçons</translation>
    </message>
    <message>
        <source>check a lesson file you wrote, naming every problem with its line</source>
        <translation>vérifier un fichier de leçon que vous avez écrit, en nommant chaque problème avec sa ligne</translation>
    </message>
    <message>
        <source>the lesson&apos;s .toml file</source>
        <translation>le fichier .toml de la leçon</translation>
    </message>
    <message>
        <source>make the practice household fresh again, for the next learner</source>
        <translation>remettre le foyer d&apos;exercice comme neuf, pour l&apos;apprenant suivant</translation>
    </message>
    <message>
        <source>list the learners and how far each got</source>
        <translation>lister les apprenants et où chacun en est</translation>
    </message>
    <message>
        <source>forget every learner&apos;s progress</source>
        <translation>oublier les progrès de tous les apprenants</translation>
    </message>
    <message>
        <source>save a lesson&apos;s handout as a PDF, to print</source>
        <translation>enregistrer la fiche d&apos;une leçon en PDF, pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>the lesson&apos;s id (see tutorial list)</source>
        <translation>l&apos;identifiant de la leçon (voir tutorial list)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à créer</translation>
    </message>
    <message>
        <source>the learner&apos;s name, put on the handout and in its words</source>
        <translation>le nom de l&apos;apprenant, mis sur la fiche et dans son texte</translation>
    </message>
    <message>
        <source>save a learner&apos;s certificate for today&apos;s lessons as a PDF</source>
        <translation>enregistrer en PDF le certificat d&apos;un apprenant pour les leçons du jour</translation>
    </message>
    <message>
        <source>the learner&apos;s name, as typed in workshop mode</source>
        <translation>le nom de l&apos;apprenant, tel que tapé en mode atelier</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file}: no problems found.</source>
        <translation>{file} : aucun problème trouvé.</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} étapes</translation>
    </message>
    <message>
        <source>Forgot 1 learner record.</source>
        <translation>1 ligne oubliée dans la liste des apprenants.</translation>
    </message>
    <message>
        <source>Forgot {count} learner records.</source>
        <translation>{count} lignes oubliées dans la liste des apprenants.</translation>
    </message>
    <message>
        <source>{done} of {count} steps done</source>
        <translation>{done} étapes faites sur {count}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et s&apos;arrêter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et s&apos;arrêter</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>DATA_DIR</source>
        <translation>DOSSIER_DONNÉES</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ADRESSE_MAIL</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>PHOTO</translation>
    </message>
    <message>
        <source>CALL_URL</source>
        <translation>LIEN_APPEL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>CONTACT_ID</source>
        <translation>NUMÉRO_CONTACT</translation>
    </message>
    <message>
        <source>key</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>IMAP_HOST</source>
        <translation>SERVEUR_IMAP</translation>
    </message>
    <message>
        <source>IMAP_PORT</source>
        <translation>PORT_IMAP</translation>
    </message>
    <message>
        <source>SMTP_HOST</source>
        <translation>SERVEUR_SMTP</translation>
    </message>
    <message>
        <source>SMTP_PORT</source>
        <translation>PORT_SMTP</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leçon</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>FICHIER_NOUVEAU</translation>
    </message>
    <message>
        <source>LEARNER</source>
        <translation>APPRENANT</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>apprenant</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>these are needed too: {names}</source>
        <translation>il manque aussi : {names}</translation>
    </message>
    <message>
        <source>these words are not understood: {words}</source>
        <translation>ces mots ne sont pas compris : {words}</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}: choose from {choices}</source>
        <translation>{argument} ne peut pas être {value} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>{argument} needs a value after it</source>
        <translation>{argument} doit être suivi d&apos;une valeur</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not {value}</source>
        <translation>{argument} demande un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>{argument} needs a size like 1280x800, not {value}</source>
        <translation>{argument} demande une taille comme 1280x800, pas {value}</translation>
    </message>
    <message>
        <source>{option} could mean {matches}: please write it in full</source>
        <translation>{option} peut vouloir dire {matches} : écrivez-le en entier, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>{argument} takes no value, so not {value}</source>
        <translation>{argument} ne prend pas de valeur : {value} est en trop</translation>
    </message>
    <message>
        <source>{argument} takes one value at most</source>
        <translation>{argument} prend une valeur au plus</translation>
    </message>
    <message>
        <source>{argument} needs at least one value after it</source>
        <translation>{argument} doit être suivi d&apos;au moins une valeur</translation>
    </message>
    <message>
        <source>{argument} needs {count} values after it</source>
        <translation>{argument} doit être suivi de {count} valeurs</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}</source>
        <translation>{argument} ne peut pas être {value}</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}</source>
        <translation>{argument} ne peut pas être utilisé avec {other}</translation>
    </message>
    <message>
        <source>one of these is needed: {names}</source>
        <translation>il faut l&apos;un de ceux-ci : {names}</translation>
    </message>
    <message>
        <source>{option} is not expected here</source>
        <translation>{option} n&apos;est pas attendu ici</translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <translation>{argument} : {message}</translation>
    </message>
    <message>
        <source>Good morning Mum! The sun is out here at last. Shall I call you after lunch?</source>
        <translation>Bonjour Maman ! Le soleil est enfin revenu ici. Je t&apos;appelle après le déjeuner ?</translation>
    </message>
    <message>
        <source>Hi Gran! Look at the cake I made for Dad&apos;s birthday. It has real strawberries on top.</source>
        <translation>Coucou Mamie ! Regarde le gâteau que j&apos;ai fait pour l&apos;anniversaire de Papa. Il y a de vraies fraises dessus.</translation>
    </message>
    <message>
        <source>We went down to the harbour on Saturday. The boats were all out. Wish you had been there!</source>
        <translation>Samedi, on est descendus au port. Tous les bateaux étaient sortis. Dommage que tu n&apos;aies pas été là !</translation>
    </message>
    <message>
        <source>Hello {name}, the roses in my garden have come out. They made me think of yours.</source>
        <translation>Bonjour {name}, les roses de mon jardin ont fleuri. Elles m&apos;ont fait penser aux tiennes.</translation>
    </message>
    <message>
        <source>Don&apos;t forget the doctor&apos;s appointment on Thursday at 10. I&apos;ll pick you up at 9:30.</source>
        <translation>N&apos;oublie pas le rendez-vous chez le médecin jeudi à 10 h. Je passe te prendre à 9 h 30.</translation>
    </message>
    <message>
        <source>Gran, I got a gold star at school for my painting of a house by the sea!</source>
        <translation>Mamie, j&apos;ai eu une étoile dorée à l&apos;école pour ma peinture d&apos;une maison au bord de la mer !</translation>
    </message>
    <message>
        <source>A picture from our walk in the hills. It was a long way up but worth it.</source>
        <translation>Une photo de notre balade dans les collines. La montée était longue, mais ça valait le coup.</translation>
    </message>
    <message>
        <source>Thank you for the lovely card. The children loved it.</source>
        <translation>Merci pour la jolie carte. Les enfants l&apos;ont adorée.</translation>
    </message>
    <message>
        <source>Beautiful evening here. Speak soon, your brother David.</source>
        <translation>Belle soirée ici. À bientôt, ton frère David.</translation>
    </message>
    <message>
        <source>We built a sandcastle as tall as me!</source>
        <translation>On a construit un château de sable aussi grand que moi !</translation>
    </message>
    <message>
        <source>The garden is looking lovely after all that rain.</source>
        <translation>Le jardin est magnifique après toute cette pluie.</translation>
    </message>
    <message>
        <source>Love you Mum. Sleep well.</source>
        <translation>Je t&apos;aime, Maman. Dors bien.</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits, like 2580.</source>
        <translation>Le code PIN doit avoir exactement 4 chiffres, comme 2580.</translation>
    </message>
    <message>
        <source>CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, Teams, WhatsApp or FaceTime), or a phone number.</source>
        <translation>CareLink ne peut utiliser qu&apos;un lien d&apos;appel vidéo qui commence par https:// (de Zoom, Google Meet, Teams, WhatsApp ou FaceTime), ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A Jitsi Meet server must use https://, like https://jitsi.example.org.</source>
        <translation>Un serveur Jitsi Meet doit utiliser https://, comme https://jitsi.example.org.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Jitsi Meet server name. It looks like meet.jit.si.</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nom de serveur Jitsi Meet. Il ressemble à meet.jit.si.</translation>
    </message>
    <message>
        <source>There is no family contact to tell yet. The family can add one in Settings → Contacts.</source>
        <translation>Il n&apos;y a pas encore de contact de la famille à prévenir. La famille peut en ajouter un dans Réglages → Contacts.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your family or someone you trust. (Whoever set up CareLink can add a carer in Settings → Contacts, or with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Personne n&apos;est encore prévu pour recevoir un souci, donc il ne peut pas être envoyé. Veuillez téléphoner à votre famille ou à une personne de confiance. (La personne qui a installé CareLink peut ajouter un aidant dans Réglages → Contacts, ou avec &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not a kind of concern. Choose one of: {kinds}.</source>
        <translation>&apos;{category}&apos; n&apos;est pas un genre de souci. Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <source>That is too long to send: {most} letters at most.</source>
        <translation>C&apos;est trop long pour être envoyé : {most} lettres au plus.</translation>
    </message>
    <message>
        <source>There is no concern number {number}.</source>
        <translation>Il n&apos;y a pas de souci numéro {number}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.</source>
        <translation>&apos;{name}&apos; n&apos;est pas une photo que CareLink peut montrer. Utilisez une image JPEG, PNG ou GIF.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number. It should look like 01234 567890 or +44 1234 567890.</source>
        <translation>&apos;{phone}&apos; n&apos;est pas un numéro de téléphone. Il devrait ressembler à 01 23 45 67 89 ou +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Veuillez donner un nom au contact.</translation>
    </message>
    <message>
        <source>That name is too long: 100 letters at most.</source>
        <translation>Ce nom est trop long : 100 lettres au plus.</translation>
    </message>
    <message>
        <source>That photo is too large (over 20 MB). Please choose a smaller one.</source>
        <translation>Cette photo est trop grande (plus de 20 Mo). Veuillez en choisir une plus petite.</translation>
    </message>
    <message>
        <source>CareLink could not open the photo &apos;{path}&apos;.</source>
        <translation>CareLink n&apos;a pas pu ouvrir la photo &apos;{path}&apos;.</translation>
    </message>
    <message>
        <source>A contact is either family or a carer.</source>
        <translation>Un contact est soit de la famille, soit un aidant.</translation>
    </message>
    <message>
        <source>Only a carer can be the backup carer.</source>
        <translation>Seul un aidant peut être l&apos;aidant de secours.</translation>
    </message>
    <message>
        <source>There is already a contact with the email address {email}.</source>
        <translation>Il y a déjà un contact avec l&apos;adresse e-mail {email}.</translation>
    </message>
    <message>
        <source>There is no contact number {number}. &apos;carelink contacts list&apos; shows them.</source>
        <translation>Il n&apos;y a pas de contact numéro {number}. &apos;carelink contacts list&apos; les montre.</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>L&apos;e-mail n&apos;est pas encore réglé.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>held for the family to look at</source>
        <translation>gardé pour que la famille le regarde</translation>
    </message>
    <message>
        <source>not on the contact list</source>
        <translation>pas dans la liste des contacts</translation>
    </message>
    <message>
        <source>the sender&apos;s email server says it may not really be from them</source>
        <translation>le serveur e-mail de l&apos;expéditeur dit qu&apos;il ne vient peut-être pas vraiment de lui</translation>
    </message>
    <message>
        <source>an automatic message (a read receipt, a delivery report or an out-of-office reply)</source>
        <translation>un message automatique (un accusé de lecture, un avis de remise ou une réponse d&apos;absence)</translation>
    </message>
    <message>
        <source>That message is already on the wall.</source>
        <translation>Ce message est déjà sur le mur.</translation>
    </message>
    <message>
        <source>There is no held message number {number}. &apos;carelink held&apos; lists them.</source>
        <translation>Il n&apos;y a pas de message retenu numéro {number}. &apos;carelink held&apos; les liste.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language CareLink is written in. Choose one of: {languages}.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une langue dans laquelle CareLink est écrit. Choisissez parmi : {languages}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une locale. Écrivez-la sous la forme langue-PAYS, par exemple fr-FR ou en-GB.</translation>
    </message>
    <message>
        <source>(sent with CareLink)</source>
        <translation>(envoyé avec CareLink)</translation>
    </message>
    <message>
        <source>The first time you join on meet.jit.si, it asks you to sign in (with your Google account) to start the call.</source>
        <translation>La première fois que vous rejoignez meet.jit.si, il vous demande de vous connecter (avec votre compte Google) pour démarrer l&apos;appel.</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation>Je me sens mal</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation>Solitude, tristesse</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation>Un problème avec mes soins</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation>Quelqu&apos;un m&apos;inquiète</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation>Quelque chose est cassé chez moi</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time}</source>
        <translation>{weekday} {day} {month} {year} à {time}</translation>
    </message>
    <message>
        <source>CareLink concern from {name}: {what} [{reference}]</source>
        <translation>Souci signalé par {name} avec CareLink : {what} [{reference}]</translation>
    </message>
    <message>
        <source>{name} did not add any words.</source>
        <translation>{name} n&apos;a pas ajouté de mots.</translation>
    </message>
    <message>
        <source>No carer is set up in CareLink yet, so this concern comes to {name}&apos;s family. (A carer can be added in CareLink&apos;s Settings → Contacts.)</source>
        <translation>Aucun aidant n&apos;est encore prévu dans CareLink, donc ce souci arrive à la famille de {name}. (Un aidant peut être ajouté dans les Réglages de CareLink → Contacts.)</translation>
    </message>
    <message>
        <source>CareLink could not deliver this concern to {carer} (the mail server refused their address), so it is sending it to you instead.</source>
        <translation>CareLink n&apos;a pas pu remettre ce souci à {carer} (le serveur de messagerie a refusé son adresse), donc il vous l&apos;envoie à la place.</translation>
    </message>
    <message>
        <source>{carer} has not answered this concern yet, so CareLink is sending it to you too.</source>
        <translation>{carer} n&apos;a pas encore répondu à ce souci, donc CareLink vous l&apos;envoie aussi.</translation>
    </message>
    <message>
        <source>What is wrong: {what}</source>
        <translation>Ce qui ne va pas : {what}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Quand : {when}</translation>
    </message>
    <message>
        <source>In {name}&apos;s own words: {words}</source>
        <translation>Avec les mots de {name} : {words}</translation>
    </message>
    <message>
        <source>Would like a call back: {answer}</source>
        <translation>Souhaite être rappelé : {answer}</translation>
    </message>
    <message>
        <source>Please reply to this email to let {name} know you have seen it. Any reply will do.</source>
        <translation>Veuillez répondre à cet e-mail pour que {name} sache que vous l&apos;avez vu. N&apos;importe quelle réponse convient.</translation>
    </message>
    <message>
        <source>CareLink is not an emergency service. If {name} may be in danger, call {number}.</source>
        <translation>CareLink n&apos;est pas un service d&apos;urgence. Si {name} est peut-être en danger, appelez le {number}.</translation>
    </message>
    <message>
        <source>Reference: CareLink concern {reference}</source>
        <translation>Référence : souci CareLink {reference}</translation>
    </message>
    <message>
        <source>{name} is OK today</source>
        <translation>{name} va bien aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{name} has not checked in today</source>
        <translation>{name} n&apos;a pas dit aujourd&apos;hui que tout va bien</translation>
    </message>
    <message>
        <source>{name} would like a video call now</source>
        <translation>{name} aimerait un appel vidéo maintenant</translation>
    </message>
    <message>
        <source>A message from {name}</source>
        <translation>Un message de {name}</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>La personne dont vous vous occupez</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{name} has reported a concern with CareLink.</source>
        <translation>{name} a signalé un souci avec CareLink.</translation>
    </message>
    <message>
        <source>Your family member</source>
        <translation>Votre proche</translation>
    </message>
    <message>
        <source>{name} says they&apos;re OK today ({time}).</source>
        <translation>{name} dit aller bien aujourd&apos;hui ({time}).</translation>
    </message>
    <message>
        <source>{name} would like a video call now — join here: {link}</source>
        <translation>{name} aimerait un appel vidéo maintenant — rejoignez-le ici : {link}</translation>
    </message>
    <message>
        <source>someone you care for</source>
        <translation>une personne dont vous vous occupez</translation>
    </message>
    <message>
        <source>(sent by CareLink)</source>
        <translation>(envoyé par CareLink)</translation>
    </message>
    <message>
        <source>It may be nothing — but please give {name} a call to check they are all right.</source>
        <translation>Ce n&apos;est peut-être rien — mais veuillez appeler {name} pour vérifier que tout va bien.</translation>
    </message>
    <message>
        <source>{name} has not tapped &quot;I&apos;m OK today&quot; in CareLink by {time} today.</source>
        <translation>{name} n&apos;a pas touché « Je vais bien » dans CareLink avant {time} aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>There is nobody to send this to.</source>
        <translation>Il n&apos;y a personne à qui envoyer ceci.</translation>
    </message>
    <message>
        <source>There is nothing in the outbox with number {number}.</source>
        <translation>Il n&apos;y a rien dans la boîte d&apos;envoi avec le numéro {number}.</translation>
    </message>
    <message>
        <source>Something went wrong while sending ({kind}).</source>
        <translation>Quelque chose s&apos;est mal passé pendant l&apos;envoi ({kind}).</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation>{count} Go</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} Ko</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} Mo</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Veuillez écrire quelque chose à envoyer.</translation>
    </message>
    <message>
        <source>That reply is too long to send: {most} letters at most.</source>
        <translation>Cette réponse est trop longue pour être envoyée : {most} lettres au plus.</translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation>Écrivez on ou off.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).</source>
        <translation>&apos;{text}&apos; n&apos;est pas une durée. Écrivez-la comme 30 minutes ou 2 heures (ou 90s, 30m, 2h).</translation>
    </message>
    <message>
        <source>The name must be between 1 and 60 ordinary letters long.</source>
        <translation>Le nom doit avoir entre 1 et 60 lettres ordinaires.</translation>
    </message>
    <message>
        <source>That is not the name of a voice.</source>
        <translation>Ce n&apos;est pas le nom d&apos;une voix.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number. Use digits, like 999 or 112.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro de téléphone. Utilisez des chiffres, comme 112 ou 15.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it like 11:00 (or leave it empty to turn it off).</source>
        <translation>&apos;{value}&apos; n&apos;est pas une heure de la journée. Écrivez-la comme 11:00 (ou laissez vide pour désactiver).</translation>
    </message>
    <message>
        <source>{what} must be one of: {options}.</source>
        <translation>{what} doit être parmi : {options}.</translation>
    </message>
    <message>
        <source>the older adult&apos;s first name, used on screens and in emails</source>
        <translation>le prénom de la personne âgée, utilisé à l&apos;écran et dans les e-mails</translation>
    </message>
    <message>
        <source>text size in percent: 100, 125, 150 or 200</source>
        <translation>taille du texte en pour cent : 100, 125, 150 ou 200</translation>
    </message>
    <message>
        <source>high-contrast colours: on or off</source>
        <translation>couleurs à fort contraste : on ou off</translation>
    </message>
    <message>
        <source>full screen, always, with no window controls; closing CareLink needs the PIN: on or off</source>
        <translation>plein écran, toujours, sans boutons de fenêtre ; fermer CareLink demande le code PIN : on ou off</translation>
    </message>
    <message>
        <source>the read-aloud voice&apos;s id (empty: the computer&apos;s default)</source>
        <translation>l&apos;identifiant de la voix de lecture (vide : celle de l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>read-aloud speed: slow, normal or fast</source>
        <translation>vitesse de lecture à voix haute : slow, normal ou fast</translation>
    </message>
    <message>
        <source>how loud voice messages and videos play on the wall, in percent: 25, 50, 75 or 100</source>
        <translation>volume des messages vocaux et des vidéos sur le mur, en pour cent : 25, 50, 75 ou 100</translation>
    </message>
    <message>
        <source>language and country, like en-GB (empty: the computer&apos;s own)</source>
        <translation>langue et pays, comme fr-FR (vide : ceux de l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>the number to call in danger (empty: the locale&apos;s own)</source>
        <translation>le numéro à appeler en cas de danger (vide : celui du pays choisi)</translation>
    </message>
    <message>
        <source>how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)</source>
        <translation>combien de temps un aidant a pour répondre à un souci avant que l&apos;aidant de secours soit prévenu (90s, 30m, 2h)</translation>
    </message>
    <message>
        <source>the time of day by which &apos;I&apos;m OK today&apos; is expected (HH:MM; empty turns the alert off)</source>
        <translation>l&apos;heure à laquelle « Je vais bien » est attendu (HH:MM ; vide coupe l&apos;alerte)</translation>
    </message>
    <message>
        <source>also tell the carers about a missed check-in: on or off</source>
        <translation>prévenir aussi les aidants d&apos;un « Je vais bien » oublié : on ou off</translation>
    </message>
    <message>
        <source>the Jitsi Meet server for video calls</source>
        <translation>le serveur Jitsi Meet pour les appels vidéo</translation>
    </message>
    <message>
        <source>keep each photo as it came beside its display copy (about ten times the room; turning it off asks before removing the originals kept): on or off</source>
        <translation>garder chaque photo telle qu&apos;elle est arrivée à côté de sa copie d&apos;affichage (environ dix fois plus de place ; l&apos;arrêter demande avant de retirer les originaux gardés) : on ou off</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation>Il n&apos;y a pas de réglage appelé &apos;{key}&apos;. Les réglages sont : {keys}.</translation>
    </message>
    <message>
        <source>Please type the number to call in an emergency there, like 112.</source>
        <translation>Veuillez taper le numéro à appeler en cas d&apos;urgence là-bas, comme 112.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not one of the countries offered: {countries}.</source>
        <translation>&apos;{country}&apos; n&apos;est pas un des pays proposés : {countries}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged and there was no good copy to put back, so CareLink has started afresh. The damaged file has been kept for your family to look at.</source>
        <translation>Le fichier de données de CareLink était abîmé et il n&apos;y avait aucune bonne copie à remettre, donc CareLink a recommencé à zéro. Le fichier abîmé a été gardé pour que votre famille puisse le regarder.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged, so it has been put back as it was on {when}. Anything that arrived after that will be fetched again.</source>
        <translation>Le fichier de données de CareLink était abîmé, il a donc été remis tel qu&apos;il était le {when}. Ce qui est arrivé après sera récupéré de nouveau.</translation>
    </message>
    <message>
        <source>{things} from after that time have been put back too.</source>
        <translation>{things} d&apos;après ce moment ont aussi été remis.</translation>
    </message>
    <message>
        <source>{thing} from after that time has been put back too.</source>
        <translation>{thing} d&apos;après ce moment a aussi été remis.</translation>
    </message>
    <message>
        <source>{records} could not be put back.</source>
        <translation>Impossible de remettre {records}.</translation>
    </message>
    <message>
        <source>Changes to contacts or settings made after that time could not be recovered: please ask your family to check them.</source>
        <translation>Les changements de contacts ou de réglages faits après ce moment n&apos;ont pas pu être retrouvés : demandez à votre famille de les vérifier.</translation>
    </message>
    <message>
        <source>1 concern</source>
        <translation>1 souci</translation>
    </message>
    <message>
        <source>{count} concerns</source>
        <translation>{count} soucis</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 e-mail</translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation>{count} e-mails</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} éléments</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink ne peut pas encore envoyer de messages : demandez à votre famille de régler l&apos;e-mail</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Votre famille doit vérifier le mot de passe de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Hors ligne — les messages partiront quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>Line {line} (step {step})</source>
        <translation>Ligne {line} (étape {step})</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}).</source>
        <translation>Le fichier {path} ne peut pas être ouvert ({problem}).</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (choose UTF-8 when saving it).</source>
        <translation>Le fichier n&apos;est pas enregistré en texte UTF-8 (choisissez UTF-8 en l&apos;enregistrant).</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. Did you mean {near}?</source>
        <translation>Ligne {line} : il n&apos;y a pas d&apos;écran &apos;{screen}&apos;. Vouliez-vous dire {near} ?</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. The screens are: {screens}.</source>
        <translation>Ligne {line} : il n&apos;y a pas d&apos;écran &apos;{screen}&apos;. Les écrans sont : {screens}.</translation>
    </message>
    <message>
        <source>{where}: the step has no &apos;say&apos; (the words the learner reads and hears).</source>
        <translation>{where} : l&apos;étape n&apos;a pas de &apos;say&apos; (les mots que l&apos;apprenant lit et entend).</translation>
    </message>
    <message>
        <source>{where}: the step does not name its &apos;control&apos;.</source>
        <translation>{where} : l&apos;étape ne donne pas son &apos;control&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: there is no action &apos;{action}&apos;. The actions are: {actions}.</source>
        <translation>Ligne {line} : il n&apos;y a pas d&apos;action &apos;{action}&apos;. Les actions sont : {actions}.</translation>
    </message>
    <message>
        <source>The lesson cannot be used: {problem}.</source>
        <translation>La leçon ne peut pas être utilisée : {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;. Did you mean {nearest}?</source>
        <translation>Ligne {line} : il n&apos;y a pas de commande &apos;{control}&apos;. Vouliez-vous dire {nearest} ?</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;.</source>
        <translation>Ligne {line} : il n&apos;y a pas de commande &apos;{control}&apos;.</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {problem}.</source>
        <translation>Le fichier de leçon {name} ne peut pas être utilisé : {problem}.</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{lesson}&apos;. The lessons are: {known}.</source>
        <translation>Il n&apos;y a pas de leçon appelée &apos;{lesson}&apos;. Les leçons sont : {known}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>Le fichier ne peut pas être lu ({problem}) ; vérifiez ses guillemets et ses signes =</translation>
    </message>
    <message>
        <source>the lesson needs &apos;{key}&apos; as some words in quotes</source>
        <translation>la leçon doit avoir &apos;{key}&apos; avec des mots entre guillemets</translation>
    </message>
    <message>
        <source>step {number} is not a [[steps]] table</source>
        <translation>l&apos;étape {number} n&apos;est pas une table [[steps]]</translation>
    </message>
    <message>
        <source>step {number} has &apos;{key}&apos;, which a step does not use (check the spelling)</source>
        <translation>l&apos;étape {number} a &apos;{key}&apos;, qu&apos;une étape n&apos;utilise pas (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is not a control&apos;s name</source>
        <translation>dans l&apos;étape {number}, &apos;{control}&apos; n&apos;est pas un nom de commande</translation>
    </message>
    <message>
        <source>step {number}&apos;s action &apos;{action}&apos; must be one of: {choices}</source>
        <translation>dans l&apos;étape {number}, l&apos;action &apos;{action}&apos; doit être l&apos;une de : {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s until &apos;{until}&apos; must be one of: {choices}</source>
        <translation>dans l&apos;étape {number}, until &apos;{until}&apos; doit être l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must start with one of: {choices}</source>
        <translation>dans l&apos;étape {number}, family &apos;{family}&apos; doit commencer par l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must name one address, like: call tom@example.org</source>
        <translation>dans l&apos;étape {number}, family &apos;{family}&apos; doit donner une seule adresse, comme : call tom@example.org</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must be the one word: scam</source>
        <translation>dans l&apos;étape {number}, family &apos;{family}&apos; doit être le seul mot : scam</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen</source>
        <translation>dans l&apos;étape {number}, la commande &apos;{control}&apos; n&apos;est sur aucun écran</translation>
    </message>
    <message>
        <source>it has &apos;{key}&apos;, which a lesson does not use (check the spelling)</source>
        <translation>le fichier contient &apos;{key}&apos;, qu&apos;une leçon n&apos;utilise pas (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <source>it has no [[steps]]</source>
        <translation>le fichier n&apos;a aucune [[steps]]</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation>&apos;order&apos; doit être un nombre entier</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{where}: the words are not closed with a quote mark at the end of the line</source>
        <translation>{where} : les mots ne sont pas fermés par un guillemet en fin de ligne</translation>
    </message>
    <message>
        <source>{where}: each line should be a name, an = sign and words in quotes, like: say = &quot;Tap Messages&quot;</source>
        <translation>{where} : chaque ligne doit être un nom, un signe = et des mots entre guillemets, comme : say = &quot;Touchez Messages&quot;</translation>
    </message>
    <message>
        <source>{where}: this name is given twice in the same step</source>
        <translation>{where} : ce nom est donné deux fois dans la même étape</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>La ligne {line} ne peut pas être lue ({problem}) ; vérifiez ses guillemets et son signe =</translation>
    </message>
    <message>
        <source>its name must be small letters, numbers and dashes, like reply.toml</source>
        <translation>le nom du fichier doit être fait de minuscules, de chiffres et de tirets, comme reply.toml</translation>
    </message>
    <message>
        <source>step {number} needs &apos;{key}&apos; as some words in quotes</source>
        <translation>l&apos;étape {number} doit avoir &apos;{key}&apos; avec des mots entre guillemets</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen (did you mean {nearest}?)</source>
        <translation>dans l&apos;étape {number}, la commande &apos;{control}&apos; n&apos;est sur aucun écran (vouliez-vous dire {nearest} ?)</translation>
    </message>
    <message>
        <source>it is not saved as UTF-8 text (choose UTF-8 when saving it)</source>
        <translation>le fichier n&apos;est pas enregistré en texte UTF-8 (choisissez UTF-8 en l&apos;enregistrant)</translation>
    </message>
    <message>
        <source>There is no lessons folder at {folder}.</source>
        <translation>Il n&apos;y a pas de dossier de leçons à {folder}.</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! Speak soon.</source>
        <translation>Ça fait plaisir d&apos;avoir de tes nouvelles, {name} ! À bientôt.</translation>
    </message>
    <message>
        <source>Thank you for telling me, {name}. I&apos;ll call you this afternoon.</source>
        <translation>Merci de me l&apos;avoir dit, {name}. Je vous appelle cet après-midi.</translation>
    </message>
    <message>
        <source>Glad you&apos;re well today, {name}! Have a lovely day.</source>
        <translation>Contente que tu ailles bien aujourd&apos;hui, {name} ! Passe une belle journée.</translation>
    </message>
    <message>
        <source>Thank you for your message, {name}. See you soon.</source>
        <translation>Merci pour votre message, {name}. À bientôt.</translation>
    </message>
    <message>
        <source>Love, {name}</source>
        <translation>Bisous, {name}</translation>
    </message>
    <message>
        <source>dear</source>
        <translation>mon cœur</translation>
    </message>
    <message>
        <source>URGENT: your bank account is locked</source>
        <translation>URGENT : votre compte bancaire est bloqué</translation>
    </message>
    <message>
        <source>Dear customer, your bank account has been locked. To unlock it, reply today with your password and your card number, or your money will be lost.</source>
        <translation>Cher client, votre compte bancaire a été bloqué. Pour le débloquer, répondez aujourd&apos;hui avec votre mot de passe et votre numéro de carte, sinon votre argent sera perdu.</translation>
    </message>
    <message>
        <source>(a pretend scam message, made by CareLink&apos;s tutorial for practice)</source>
        <translation>(un faux message d&apos;arnaque, fait par l&apos;atelier de CareLink pour s&apos;exercer)</translation>
    </message>
    <message>
        <source>{who} would like a video call now</source>
        <translation>{who} aimerait faire un appel vidéo maintenant</translation>
    </message>
    <message>
        <source>{who} would like a video call now — join here: {link}</source>
        <translation>{who} aimerait faire un appel vidéo maintenant — rejoignez-le ici : {link}</translation>
    </message>
    <message>
        <source>(a practice call in CareLink&apos;s tutorial)</source>
        <translation>(un appel d&apos;exercice dans l&apos;atelier de CareLink)</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! I&apos;ll ring you at the weekend.</source>
        <translation>Ça fait plaisir d&apos;avoir de tes nouvelles, {name} ! Je t&apos;appelle ce week-end.</translation>
    </message>
    <message>
        <source>Thanks for your message, {name}! It made my day. Speak soon.</source>
        <translation>Merci pour ton message, {name} ! Ça a illuminé ma journée. À bientôt.</translation>
    </message>
    <message>
        <source>Hello {name}! Thank you for writing to me. I&apos;m painting you a picture.</source>
        <translation>Coucou {name} ! Merci de m&apos;avoir écrit. Je te peins un dessin.</translation>
    </message>
    <message>
        <source>Good to hear from you, {name}. The roses are still out, I&apos;ll send you a photo.</source>
        <translation>Content d&apos;avoir de tes nouvelles, {name}. Les roses sont encore en fleur, je t&apos;envoie une photo.</translation>
    </message>
    <message>
        <source>{email} is not in the pretend family, so they cannot call.</source>
        <translation>{email} ne fait pas partie de la famille fictive, donc ne peut pas appeler.</translation>
    </message>
    <message>
        <source>The learner&apos;s name must be between 1 and {most} ordinary letters long.</source>
        <translation>Le nom de l&apos;apprenant doit avoir entre 1 et {most} lettres ordinaires.</translation>
    </message>
    <message>
        <source>A lesson needs a short name.</source>
        <translation>Une leçon a besoin d&apos;un nom court.</translation>
    </message>
    <message>
        <source>A lesson has at least one step.</source>
        <translation>Une leçon a au moins une étape.</translation>
    </message>
    <message>
        <source>There is no learner record number {number}.</source>
        <translation>Il n&apos;y a pas de ligne numéro {number} dans la liste des apprenants.</translation>
    </message>
    <message>
        <source>Lesson &apos;{lesson}&apos; has steps 1 to {steps}, not {step}.</source>
        <translation>La leçon &apos;{lesson}&apos; a les étapes 1 à {steps}, pas {step}.</translation>
    </message>
    <message>
        <source>There is no message number {number} on the wall.</source>
        <translation>Il n&apos;y a pas de message numéro {number} sur le mur.</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer. Ask your family to install a speech voice (on Linux: the espeak-ng package).</source>
        <translation>La lecture à voix haute n&apos;est pas disponible sur cet ordinateur. Demandez à votre famille d&apos;installer une voix (sous Linux : le paquet espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not answering just now. Please try again in a moment.</source>
        <translation>La lecture à voix haute ne répond pas pour l&apos;instant. Veuillez réessayer dans un moment.</translation>
    </message>
    <message>
        <source>Reading aloud did not work this time. Please try again.</source>
        <translation>La lecture à voix haute n&apos;a pas marché cette fois. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This computer cannot play sound, so nothing can be read aloud. Ask your family to install a sound player (on Linux: the alsa-utils package).</source>
        <translation>Cet ordinateur ne peut pas jouer de son, donc rien ne peut être lu à voix haute. Demandez à votre famille d&apos;installer un lecteur de son (sous Linux : le paquet alsa-utils).</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save anything just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Cet ordinateur n&apos;a plus de place, donc CareLink ne peut rien enregistrer pour l&apos;instant. Rien n&apos;est perdu : veuillez libérer un peu de place (ou demander de l&apos;aide à votre famille), et CareLink continuera.</translation>
    </message>
    <message>
        <source>CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been lost: please ask your family to check the folder.</source>
        <translation>CareLink n&apos;a pas le droit d&apos;enregistrer dans son dossier de données (il est peut-être en lecture seule). Rien n&apos;est perdu : veuillez demander à votre famille de vérifier le dossier.</translation>
    </message>
    <message>
        <source>CareLink could not read or write its data on this computer&apos;s disk. Nothing has been changed: please try again, or ask your family to check the computer.</source>
        <translation>CareLink n&apos;a pas pu lire ou écrire ses données sur le disque de cet ordinateur. Rien n&apos;a changé : veuillez réessayer, ou demander à votre famille de vérifier l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>This CareLink data was saved by a newer version of CareLink. Please install the newest version of CareLink to open it.</source>
        <translation>Ces données de CareLink ont été enregistrées par une version plus récente de CareLink. Veuillez installer la dernière version de CareLink pour les ouvrir.</translation>
    </message>
    <message>
        <source>Another CareLink is busy with this household&apos;s data. Please wait a minute and try again.</source>
        <translation>Un autre CareLink utilise les données de ce foyer. Veuillez attendre une minute et réessayer.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>CareLink needs a screen to show its window, and this session has none. Start it from the desktop (or use &apos;carelink screenshot&apos; to save a picture instead).</source>
        <translation>CareLink a besoin d&apos;un écran pour montrer sa fenêtre, et cette session n&apos;en a pas. Lancez-le depuis le bureau (ou utilisez &apos;carelink screenshot&apos; pour enregistrer une image à la place).</translation>
    </message>
    <message>
        <source>The camera check page could not be shown on this computer.</source>
        <translation>La page de vérification de la caméra n&apos;a pas pu être montrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>CareLink could not save the picture to {path}.</source>
        <translation>CareLink n&apos;a pas pu enregistrer l&apos;image dans {path}.</translation>
    </message>
    <message>
        <source>The handout for the lesson &quot;{title}&quot; could not be made: at step {number}, {what}. Check the lesson file {file}.</source>
        <translation>La fiche de la leçon &quot;{title}&quot; n&apos;a pas pu être faite : à l&apos;étape {number}, {what}. Vérifiez le fichier de la leçon {file}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy just now (in another call, or a lesson), so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation type="vanished">La fenêtre de CareLink est occupée pour le moment (dans un autre appel ou une leçon) : cet appel n&apos;a pas été lancé et {name} n&apos;a pas été invité(e). Veuillez réessayer quand elle sera libre.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window.</source>
        <translation type="vanished">L&apos;appel s&apos;ouvre dans la fenêtre de CareLink.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in another call just now, so this one was not opened.</source>
        <translation type="vanished">La fenêtre de CareLink est déjà dans un autre appel, donc celui-ci n&apos;a pas été ouvert.</translation>
    </message>
</context>
</TS>
