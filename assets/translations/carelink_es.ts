<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CareLink</name>
    <message>
        <source>Latest news</source>
        <translation>Últimas noticias</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="vanished">{names} y {last}</translation>
    </message>
    <message>
        <source>A new message from {name}</source>
        <translation>Un mensaje nuevo de {name}</translation>
    </message>
    <message>
        <source>New messages from {names}</source>
        <translation>Mensajes nuevos de {names}</translation>
    </message>
    <message>
        <source>Sent to {names}</source>
        <translation>Enviado a {names}</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} le está llamando</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Call family</source>
        <translation>Llamar a la familia</translation>
    </message>
    <message>
        <source>Check my camera</source>
        <translation>Comprobar mi cámara</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Call {name}?</source>
        <translation>¿Llamar a {name}?</translation>
    </message>
    <message>
        <source>The call can still open here: phone {name} to say you are calling.</source>
        <translation>La llamada puede abrirse aquí igualmente: llame por teléfono a {name} para decirle que le está llamando.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you when the connection is back, and the call will open here.</source>
        <translation>{name} recibirá un correo con un enlace para unirse cuando vuelva la conexión, y la llamada se abrirá aquí.</translation>
    </message>
    <message>
        <source>{name} will get an email with a link to join you, and the call will open here.</source>
        <translation>{name} recibirá un correo con un enlace para unirse, y la llamada se abrirá aquí.</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Llamar a {name}</translation>
    </message>
    <message>
        <source>Tap the person you want to call.</source>
        <translation>Toque a la persona a la que quiere llamar.</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
    <message>
        <source>Previous people</source>
        <translation>Personas anteriores</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>More people</source>
        <translation>Más personas</translation>
    </message>
    <message>
        <source>There is nobody to call yet. Ask your family to add themselves in Settings, under Contacts.</source>
        <translation>Todavía no hay nadie a quien llamar. Pida a su familia que se añada en Ajustes, en Contactos.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>The call could not be opened</source>
        <translation>No se pudo abrir la llamada</translation>
    </message>
    <message>
        <source>The call&apos;s page did not open. The computer may not be connected to the internet just now. You can try again, or go back Home.</source>
        <translation>La página de la llamada no se abrió. Puede que el ordenador no esté conectado a internet ahora mismo. Puede intentarlo de nuevo o volver a Inicio.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La cámara está ocupada</translation>
    </message>
    <message>
        <source>Another program on this computer is using the camera, perhaps another video call. Close that program, then press Try again.</source>
        <translation>Otro programa de este ordenador está usando la cámara, quizá otra videollamada. Cierre ese programa y pulse Intentar de nuevo.</translation>
    </message>
    <message>
        <source>Your phone is calling {name}</source>
        <translation>Su teléfono está llamando a {name}</translation>
    </message>
    <message>
        <source>The call goes through this computer&apos;s own phone program. When you have finished, press Home.</source>
        <translation>La llamada se hace con el propio programa de teléfono de este ordenador. Cuando termine, pulse Inicio.</translation>
    </message>
    <message>
        <source>{name}&apos;s call opens in another program</source>
        <translation>La llamada de {name} se abre en otro programa</translation>
    </message>
    <message>
        <source>The call opens in this computer&apos;s own program for it. When you have finished, press Home.</source>
        <translation>La llamada se abre en el programa de este ordenador para ello. Cuando termine, pulse Inicio.</translation>
    </message>
    <message>
        <source>Please phone {name}</source>
        <translation>Por favor, llame por teléfono a {name}</translation>
    </message>
    <message>
        <source>The call could not start by itself. Please phone this number:</source>
        <translation>La llamada no pudo empezar sola. Por favor, llame a este número:</translation>
    </message>
    <message>
        <source>This call could not be opened</source>
        <translation>No se pudo abrir esta llamada</translation>
    </message>
    <message>
        <source>This computer has no program for this kind of call link. The family administrator can give {name} a different link in Settings.</source>
        <translation>Este ordenador no tiene un programa para este tipo de enlace de llamada. La persona que administra CareLink en la familia puede dar a {name} otro enlace en Ajustes.</translation>
    </message>
    <message>
        <source>You talked with {name} for less than a minute</source>
        <translation>Habló con {name} menos de un minuto</translation>
    </message>
    <message>
        <source>Your call with {name} lasted less than a minute</source>
        <translation>Su llamada con {name} duró menos de un minuto</translation>
    </message>
    <message>
        <source>You talked with {name} for 1 minute</source>
        <translation>Habló con {name} 1 minuto</translation>
    </message>
    <message>
        <source>Your call with {name} lasted 1 minute</source>
        <translation>Su llamada con {name} duró 1 minuto</translation>
    </message>
    <message>
        <source>You talked with {name} for {minutes} minutes</source>
        <translation>Habló con {name} {minutes} minutos</translation>
    </message>
    <message>
        <source>Your call with {name} lasted {minutes} minutes</source>
        <translation>Su llamada con {name} duró {minutes} minutos</translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation>Llamando a {name}…</translation>
    </message>
    <message>
        <source>Getting the call ready. This takes a few seconds.</source>
        <translation>Preparando la llamada. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>{name}&apos;s message had no call link in it. You can find it on your Messages.</source>
        <translation>El mensaje de {name} no tenía enlace de llamada. Puede verlo en sus Mensajes.</translation>
    </message>
    <message>
        <source>Joining {name}&apos;s call…</source>
        <translation>Uniéndose a la llamada de {name}…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo no ha funcionado. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call could not be started</source>
        <translation>No se pudo empezar la llamada</translation>
    </message>
    <message>
        <source>Talking with {name}…</source>
        <translation>Hablando con {name}…</translation>
    </message>
    <message>
        <source>In a real call, {name}&apos;s face appears here and you can talk. This is only practice: nobody is called.</source>
        <translation>En una llamada de verdad, aquí aparece la cara de {name} y pueden hablar. Esto es solo práctica: no se llama a nadie.</translation>
    </message>
    <message>
        <source>Your camera and microphone</source>
        <translation>Su cámara y su micrófono</translation>
    </message>
    <message>
        <source>This is what {name} will see</source>
        <translation>Esto es lo que verá {name}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Checking your camera and microphone…</source>
        <translation>Comprobando su cámara y su micrófono…</translation>
    </message>
    <message>
        <source>{name} has been sent a message to join. The call starts here as soon as {name} is there.</source>
        <translation>Se ha enviado a {name} un mensaje para unirse. La llamada empieza aquí en cuanto {name} esté.</translation>
    </message>
    <message>
        <source>The call starts here in a moment.</source>
        <translation>La llamada empieza aquí en un momento.</translation>
    </message>
    <message>
        <source>{name} has not joined yet</source>
        <translation>{name} todavía no se ha unido</translation>
    </message>
    <message>
        <source>Perhaps {name} is busy just now. You can wait a little longer, or press Hang up and try again later.</source>
        <translation>Quizá {name} esté ocupado ahora. Puede esperar un poco más, o pulsar Colgar e intentarlo más tarde.</translation>
    </message>
    <message>
        <source>{name} did not join this time. You can try again later.</source>
        <translation>{name} no se unió esta vez. Puede intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>This is you. Say something: the bar moves when the microphone hears you.</source>
        <translation>Este es usted. Diga algo: la barra se mueve cuando el micrófono le oye.</translation>
    </message>
    <message>
        <source>The camera or microphone could not start. Another program may be using it.</source>
        <translation>La cámara o el micrófono no pudo empezar. Quizá otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>If you cannot see your face, sit where the camera can see you.</source>
        <translation>Si no ve su cara, siéntese donde la cámara pueda verle.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or this computer may not have one.</source>
        <translation>La cámara no pudo encenderse. Puede que otro programa la esté usando, o que este ordenador no tenga cámara.</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Nivel de sonido</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>{name} is calling you</source>
        <translation>{name} le está llamando</translation>
    </message>
    <message>
        <source>Answer {name}&apos;s call</source>
        <translation>Contestar la llamada de {name}</translation>
    </message>
    <message>
        <source>Answering by itself in {seconds}…</source>
        <translation>Contestando solo en {seconds}…</translation>
    </message>
    <message>
        <source>I&apos;m OK today</source>
        <translation>Hoy estoy bien</translation>
    </message>
    <message>
        <source>Tell them again</source>
        <translation>Decírselo otra vez</translation>
    </message>
    <message>
        <source>Tap the big button to tell your family that you are OK today.</source>
        <translation>Toque el botón grande para decir a su familia que hoy está bien.</translation>
    </message>
    <message>
        <source>Thank you. It will go to your family when the connection is back.</source>
        <translation>Gracias. Llegará a su familia cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Thank you. Your family will get your message.</source>
        <translation>Gracias. Su familia recibirá su mensaje.</translation>
    </message>
    <message>
        <source>You have already told your family today, at {time}.</source>
        <translation>Ya se lo ha dicho hoy a su familia, a las {time}.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone your family.</source>
        <translation>CareLink no pudo enviar esto. Por favor, llame a su familia.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again, or phone your family.</source>
        <translation>Lo sentimos, no ha funcionado. Inténtelo de nuevo o llame a su familia.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Report a concern</source>
        <translation>Contar un problema</translation>
    </message>
    <message>
        <source>No more to add</source>
        <translation>Nada que añadir</translation>
    </message>
    <message>
        <source>Yes, please call me</source>
        <translation>Sí, llámenme, por favor</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about a concern. Please phone your family or someone you trust.</source>
        <translation>Todavía no hay nadie preparado para enterarse de un problema. Por favor, llame a su familia o a alguien de confianza.</translation>
    </message>
    <message>
        <source>Whoever set up CareLink can add a carer in Settings → Contacts.</source>
        <translation>Quien instaló CareLink puede añadir un cuidador en Ajustes → Contactos.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>Si está en peligro ahora, llame al {number}.</translation>
    </message>
    <message>
        <source>your family</source>
        <translation>su familia</translation>
    </message>
    <message>
        <source>Your words for {name}, if you like</source>
        <translation>Sus palabras para {name}, si quiere</translation>
    </message>
    <message>
        <source>Would you like {name} to call you?</source>
        <translation>¿Quiere que {name} le llame?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>¿Qué ocurre?</translation>
    </message>
    <message>
        <source>Tell {name} more</source>
        <translation>Cuéntele más a {name}</translation>
    </message>
    <message>
        <source>Send to {name}?</source>
        <translation>¿Enviar a {name}?</translation>
    </message>
    <message>
        <source>Your words: “{words}”</source>
        <translation>Sus palabras: «{words}»</translation>
    </message>
    <message>
        <source>No words added.</source>
        <translation>No ha añadido palabras.</translation>
    </message>
    <message>
        <source>You asked {name} to call you.</source>
        <translation>Ha pedido a {name} que le llame.</translation>
    </message>
    <message>
        <source>You did not ask for a call.</source>
        <translation>No ha pedido una llamada.</translation>
    </message>
    <message>
        <source>No carer is set up, so this goes to {names}.</source>
        <translation>No hay ningún cuidador, así que esto va a {names}.</translation>
    </message>
    <message>
        <source>That is too long to send: {count} letters at most.</source>
        <translation>Es demasiado largo para enviarlo: {count} letras como máximo.</translation>
    </message>
    <message>
        <source>Sorry, it could not be saved. Please try again, or phone {name}.</source>
        <translation>Lo sentimos, no se pudo guardar. Inténtelo de nuevo o llame a {name}.</translation>
    </message>
    <message>
        <source>your carer</source>
        <translation>su cuidador</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink todavía no puede enviar mensajes: pida a su familia que configure el correo</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Su familia tiene que revisar la contraseña del correo</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}</source>
        <translation>CareLink no pudo enviar esto. Por favor, llame a {name} al {phone}</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}</source>
        <translation>CareLink no pudo enviar esto. Por favor, llame a {name}</translation>
    </message>
    <message>
        <source>{name} has seen your concern ✓ {time}</source>
        <translation>{name} ha visto el problema que contó ✓ {time}</translation>
    </message>
    <message>
        <source>No answer from {name} yet — we have told {others} too</source>
        <translation>{name} todavía no ha contestado: también se lo hemos dicho a {others}</translation>
    </message>
    <message>
        <source>Sent to {name} at {time} ✓</source>
        <translation>Enviado a {name} a las {time} ✓</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — it will go to {others} when the connection is back</source>
        <translation>El correo de {name} no funcionó: irá a {others} cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>{name}&apos;s email did not work — sending to {others}…</source>
        <translation>El correo de {name} no funcionó: enviando a {others}…</translation>
    </message>
    <message>
        <source>It will be sent to {name} when the connection is back</source>
        <translation>Se enviará a {name} cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Sending to {name}…</source>
        <translation>Enviando a {name}…</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names}. {why}</source>
        <translation>No hay ningún cuidador, así que esto irá a {names}. {why}</translation>
    </message>
    <message>
        <source>No carer is set up, so this went to {names} at {time} ✓</source>
        <translation>No hay ningún cuidador, así que esto fue a {names} a las {time} ✓</translation>
    </message>
    <message>
        <source>No carer is set up, so this will go to {names} when the connection is back</source>
        <translation>No hay ningún cuidador, así que esto irá a {names} cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>No carer is set up, so this is going to {names}…</source>
        <translation>No hay ningún cuidador, así que esto va camino de {names}…</translation>
    </message>
    <message>
        <source>You told your family you&apos;re OK at {time}</source>
        <translation>Dijo a su familia que estaba bien a las {time}</translation>
    </message>
    <message>
        <source>You said you&apos;re OK at {time} — it has not reached your family yet</source>
        <translation>Dijo que estaba bien a las {time}: todavía no ha llegado a su familia</translation>
    </message>
    <message>
        <source>Welcome to CareLink</source>
        <translation>Bienvenido a CareLink</translation>
    </message>
    <message>
        <source>Welcome to CareLink. All of this can be changed later in Settings.</source>
        <translation>Bienvenido a CareLink. Todo esto se puede cambiar más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>What is their first name?</source>
        <translation>¿Cuál es su nombre de pila?</translation>
    </message>
    <message>
        <source>Just looking? The demo has a pretend family: nothing reaches a real person.</source>
        <translation>¿Solo quiere mirar? La demostración tiene una familia de prueba: nada llega a una persona real.</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Which language should CareLink speak? Its emails to the family are written in it too.</source>
        <translation>¿En qué idioma debe hablar CareLink? Sus correos a la familia también se escriben en él.</translation>
    </message>
    <message>
        <source>Which country do they live in?</source>
        <translation>¿En qué país vive?</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN for Settings, so that only the family can change them. Write it down somewhere safe.</source>
        <translation>Elija un PIN de 4 cifras para Ajustes, para que solo la familia pueda cambiarlos. Anótelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>New 4-digit PIN</source>
        <translation>PIN nuevo de 4 cifras</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>The email account CareLink reads the family&apos;s messages from. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation type="vanished">La cuenta de correo de la que CareLink lee los mensajes de la familia. Si no tiene los datos a mano, pulse Omitir por ahora y configúrela más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Which email does CareLink use? It reads the family&apos;s messages from it. If you do not have its details to hand, press Skip for now and set it up later in Settings.</source>
        <translation>¿Qué correo usa CareLink? Lee en él los mensajes de la familia. Si no tiene sus datos a mano, pulse Omitir por ahora y configúrelo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>The email address CareLink uses.</source>
        <translation>La dirección de correo que usa CareLink.</translation>
    </message>
    <message>
        <source>Who in the family will send messages? Only their messages reach the wall; others wait in Settings.</source>
        <translation>¿Quién de la familia enviará mensajes? Solo sus mensajes llegan al tablón; los demás esperan en Ajustes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Añadir otra persona</translation>
    </message>
    <message>
        <source>The carer: the person who gets a message when something is wrong. You can skip this and add them later in Settings → Contacts.</source>
        <translation>El cuidador: la persona que recibe un mensaje cuando algo va mal. Puede omitir esto y añadirlo más tarde en Ajustes → Contactos.</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Nombre del cuidador</translation>
    </message>
    <message>
        <source>Carer&apos;s email address</source>
        <translation>Correo del cuidador</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Setting up, step {number} of {total}</source>
        <translation>Configurando, paso {number} de {total}</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>That could not be saved. Please try again.</source>
        <translation>No se pudo guardar. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Please choose the language CareLink should speak.</source>
        <translation>Por favor, elija el idioma en el que debe hablar CareLink.</translation>
    </message>
    <message>
        <source>Please choose the country they live in, or Elsewhere.</source>
        <translation>Por favor, elija el país en el que vive, u Otro lugar.</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>Los dos PIN son distintos. Por favor, escríbalos otra vez.</translation>
    </message>
    <message>
        <source>Please choose who provides the email, or Other.</source>
        <translation>Por favor, elija quién da el correo, u Otro.</translation>
    </message>
    <message>
        <source>On the list so far: {names}</source>
        <translation>En la lista por ahora: {names}</translation>
    </message>
    <message>
        <source>Added. Type the next person, or press Next.</source>
        <translation>Añadido. Escriba la siguiente persona o pulse Siguiente.</translation>
    </message>
    <message>
        <source>Please add at least one family member, so that their messages can reach the wall.</source>
        <translation>Por favor, añada al menos a un familiar, para que sus mensajes lleguen al tablón.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Todo está al día</translation>
    </message>
    <message>
        <source>Looking for new messages…</source>
        <translation>Buscando mensajes nuevos…</translation>
    </message>
    <message>
        <source>Demo household — everything is up to date</source>
        <translation>Casa de demostración: todo está al día</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Sin conexión: los mensajes saldrán cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} sin leer</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>I&apos;m OK today, done</source>
        <translation>Hoy estoy bien, hecho</translation>
    </message>
    <message>
        <source>Something important could not be sent — your family can see why in Settings</source>
        <translation>Algo importante no se pudo enviar: su familia puede ver por qué en Ajustes</translation>
    </message>
    <message>
        <source>You have 1 new message.</source>
        <translation>Tiene 1 mensaje nuevo.</translation>
    </message>
    <message>
        <source>You have {count} new messages.</source>
        <translation>Tiene {count} mensajes nuevos.</translation>
    </message>
    <message>
        <source>There are no new messages.</source>
        <translation>No hay mensajes nuevos.</translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation>{app} — demostración</translation>
    </message>
    <message>
        <source>A call for you</source>
        <translation>Una llamada para usted</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>{app} — {screen}</source>
        <translation>{app} — {screen}</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save new messages just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Este ordenador no tiene espacio, así que CareLink no puede guardar mensajes nuevos ahora mismo. No se ha perdido nada: por favor, libere algo de espacio (o pida ayuda a su familia), y CareLink seguirá.</translation>
    </message>
    <message>
        <source>CareLink has a problem</source>
        <translation>CareLink tiene un problema</translation>
    </message>
    <message>
        <source>Reading… Stop</source>
        <translation>Leyendo… Parar</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="vanished">{count} bytes</translation>
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
        <translation>Guardar también el original de cada foto</translation>
    </message>
    <message>
        <source>CareLink keeps a copy of each photo made for the screen. The photo as it came takes about ten times the room, so keep the originals only if the family wants them (they are in CareLink&apos;s data folder).</source>
        <translation>CareLink guarda una copia de cada foto hecha para la pantalla. La foto tal como llegó ocupa unas diez veces más espacio, así que guarde los originales solo si la familia los quiere (están en la carpeta de datos de CareLink).</translation>
    </message>
    <message>
        <source>Remove the originals</source>
        <translation>Quitar los originales</translation>
    </message>
    <message>
        <source>Yes, remove the originals</source>
        <translation>Sí, quitar los originales</translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation>Guardar los originales</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Guardar solo las copias para la pantalla ahorraría {size}.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}.</source>
        <translation>Los originales guardados hasta ahora ocupan {size}.</translation>
    </message>
    <message>
        <source>Keeping display copies only saves {size}.</source>
        <translation>Guardar solo las copias para la pantalla ahorra {size}.</translation>
    </message>
    <message>
        <source>CareLink could not find out how much room the photos take.</source>
        <translation>CareLink no pudo averiguar cuánto espacio ocupan las fotos.</translation>
    </message>
    <message>
        <source>The originals kept so far take {size}. Remove them? Every photo stays on the wall, and this cannot be undone.</source>
        <translation>Los originales guardados hasta ahora ocupan {size}. ¿Quitarlos? Todas las fotos siguen en el tablón, y esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Removing the originals…</source>
        <translation>Quitando los originales…</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Los originales se han quitado. Todas las fotos siguen en el tablón.</translation>
    </message>
    <message>
        <source>The originals could not all be removed. Please try again.</source>
        <translation>No se pudieron quitar todos los originales. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Kept: shown on the wall.</source>
        <translation>Guardado: se muestra en el tablón.</translation>
    </message>
    <message>
        <source>Not kept: too big, or damaged. The wall says so.</source>
        <translation>No guardado: demasiado grande o dañado. El tablón lo indica.</translation>
    </message>
    <message>
        <source>Not kept: CareLink can&apos;t show this kind. The wall says so.</source>
        <translation>No guardado: CareLink no puede mostrar este tipo. El tablón lo indica.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Everything the family attached to their messages besides photos. Voice messages, videos and PDF documents play or show on the wall; for anything else the wall says it came.</source>
        <translation>Todo lo que la familia adjuntó a sus mensajes aparte de las fotos. Los mensajes de voz, los vídeos y los documentos PDF se reproducen o se muestran en el tablón; para lo demás, el tablón dice que llegó.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>No se pudo leer la lista.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Todavía no hay adjuntos.</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Videollamadas</translation>
    </message>
    <message>
        <source>The Jitsi Meet server for calls: meet.jit.si, or your care organisation&apos;s own (like https://jitsi.example.org)</source>
        <translation>El servidor Jitsi Meet para las llamadas: meet.jit.si, o el de su organización de cuidados (como https://jitsi.example.org)</translation>
    </message>
    <message>
        <source>On meet.jit.si, the family member signs in with their Google account the first time, to start the call; CareLink&apos;s invite email tells them so. A care organisation&apos;s own Jitsi server can let calls start with no signing in.</source>
        <translation>En meet.jit.si, el familiar inicia sesión con su cuenta de Google la primera vez, para empezar la llamada; el correo de invitación de CareLink se lo explica. El servidor Jitsi propio de una organización de cuidados puede dejar empezar las llamadas sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check my camera and microphone</source>
        <translation>Comprobar mi cámara y mi micrófono</translation>
    </message>
    <message>
        <source>Saved. New calls use {server}.</source>
        <translation>Guardado. Las llamadas nuevas usan {server}.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>Check-in and concerns</source>
        <translation>«Hoy estoy bien» y problemas</translation>
    </message>
    <message>
        <source>The time by which “I&apos;m OK today” is expected each day, like 11:00 (leave it empty for no alert)</source>
        <translation>La hora a la que se espera «Hoy estoy bien» cada día, como 11:00 (déjelo vacío para no avisar)</translation>
    </message>
    <message>
        <source>When it has not come by then, the family is told. Tell the carers too?</source>
        <translation>Si no ha llegado a esa hora, se avisa a la familia. ¿Avisar también a los cuidadores?</translation>
    </message>
    <message>
        <source>Yes, the carers too</source>
        <translation>Sí, también a los cuidadores</translation>
    </message>
    <message>
        <source>No, only the family</source>
        <translation>No, solo a la familia</translation>
    </message>
    <message>
        <source>Tell the carers too?</source>
        <translation>¿Avisar también a los cuidadores?</translation>
    </message>
    <message>
        <source>How long a carer has to answer a concern before the backup carer is told, like 30 minutes or 2 hours</source>
        <translation>Cuánto tiempo tiene un cuidador para responder a un problema antes de avisar al cuidador suplente, como 30 minutos o 2 horas</translation>
    </message>
    <message>
        <source>Saved. “I&apos;m OK today” is expected by {time}.</source>
        <translation>Guardado. Se espera «Hoy estoy bien» antes de las {time}.</translation>
    </message>
    <message>
        <source>Saved. There is no alert when “I&apos;m OK today” does not come.</source>
        <translation>Guardado. No hay aviso cuando no llega «Hoy estoy bien».</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Start CareLink when the computer starts</source>
        <translation>Abrir CareLink al encender el ordenador</translation>
    </message>
    <message>
        <source>Full screen, always (kiosk mode)</source>
        <translation>Pantalla completa, siempre (modo quiosco)</translation>
    </message>
    <message>
        <source>Hides the desktop so CareLink cannot be closed by accident. Closing it then needs the PIN.</source>
        <translation>Oculta el escritorio para que CareLink no se cierre por accidente. Para cerrarlo entonces hace falta el PIN.</translation>
    </message>
    <message>
        <source>Close CareLink now, for example to use the computer for something else.</source>
        <translation>Cerrar CareLink ahora, por ejemplo para usar el ordenador para otra cosa.</translation>
    </message>
    <message>
        <source>Close CareLink</source>
        <translation>Cerrar CareLink</translation>
    </message>
    <message>
        <source>So {name} never has to look for it.</source>
        <translation>Así {name} nunca tiene que buscarlo.</translation>
    </message>
    <message>
        <source>So it is always ready.</source>
        <translation>Así siempre está listo.</translation>
    </message>
    <message>
        <source>CareLink could not find out whether it starts with the computer.</source>
        <translation>CareLink no pudo averiguar si se abre al encender el ordenador.</translation>
    </message>
    <message>
        <source>CareLink could not change whether it starts with the computer. Please try again.</source>
        <translation>CareLink no pudo cambiar si se abre al encender el ordenador. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>CareLink could not change how it starts with the computer. Turn “Start CareLink when the computer starts” off and on again to fix it.</source>
        <translation>CareLink no pudo cambiar cómo se abre al encender el ordenador. Desactive y vuelva a activar «Abrir CareLink al encender el ordenador» para arreglarlo.</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>cuidador suplente</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>cuidador</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>Phone number (for a carer: shown if a concern cannot be sent)</source>
        <translation>Número de teléfono (de un cuidador: se muestra si un problema contado no se puede enviar)</translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation>¿Quién es?</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Main carer</source>
        <translation>Cuidador principal</translation>
    </message>
    <message>
        <source>Backup carer</source>
        <translation>Cuidador suplente</translation>
    </message>
    <message>
        <source>Main or backup carer</source>
        <translation>Cuidador principal o suplente</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Elegir una foto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Cambiar a {name}</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Calls use:</source>
        <translation>Las llamadas usan:</translation>
    </message>
    <message>
        <source>A video room made for them</source>
        <translation>Una sala de vídeo hecha para esta persona</translation>
    </message>
    <message>
        <source>Their own link</source>
        <translation>Su propio enlace</translation>
    </message>
    <message>
        <source>Their call link (it starts with https://), or their phone number</source>
        <translation>Su enlace de llamada (empieza por https://) o su número de teléfono</translation>
    </message>
    <message>
        <source>Answer their calls by themselves, after a 10-second countdown?</source>
        <translation>¿Contestar sus llamadas solo, tras una cuenta atrás de 10 segundos?</translation>
    </message>
    <message>
        <source>No, ring and wait</source>
        <translation>No, sonar y esperar</translation>
    </message>
    <message>
        <source>Yes, answer by themselves</source>
        <translation>Sí, contestar solo</translation>
    </message>
    <message>
        <source>Please type in their call link, or choose &quot;A video room made for them&quot;.</source>
        <translation>Por favor, escriba su enlace de llamada, o elija &quot;Una sala de vídeo hecha para esta persona&quot;.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>No carer is set up yet, so &quot;Report a concern&quot; goes to the family instead. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Todavía no hay ningún cuidador, así que &quot;Contar un problema&quot; va a la familia. Añada al cuidador como contacto y elija &quot;Cuidador&quot;.</translation>
    </message>
    <message>
        <source>Nobody is set up yet to hear about &quot;Report a concern&quot;. Add the carer as a contact and choose &quot;Carer&quot;.</source>
        <translation>Todavía no hay nadie para recibir &quot;Contar un problema&quot;. Añada al cuidador como contacto y elija &quot;Cuidador&quot;.</translation>
    </message>
    <message>
        <source>A concern</source>
        <translation>Un problema</translation>
    </message>
    <message>
        <source>A missed check-in alert</source>
        <translation>Un aviso de «Hoy estoy bien» que faltó</translation>
    </message>
    <message>
        <source>{what} could not be sent to {to}: {why}</source>
        <translation>{what} no se pudo enviar a {to}: {why}</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Primero elija un contacto de la lista.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The contact could not be saved. Please try again.</source>
        <translation>No se pudo guardar el contacto. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Yes, remove {name}</source>
        <translation>Sí, quitar a {name}</translation>
    </message>
    <message>
        <source>{name} has been removed.</source>
        <translation>Se ha quitado a {name}.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Who provides the email account?</source>
        <translation>¿Quién da la cuenta de correo?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The mail servers (filled in for the providers above)</source>
        <translation>Los servidores de correo (ya rellenos para los proveedores de arriba)</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP)</source>
        <translation>Servidor de correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Puerto de correo entrante</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Puerto de correo saliente</translation>
    </message>
    <message>
        <source>User name (leave empty if it is the email address)</source>
        <translation>Usuario (vacío si es su dirección de correo)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
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
        <translation>Ninguna (solo este ordenador)</translation>
    </message>
    <message>
        <source>Password (leave empty to keep the saved one)</source>
        <translation>Contraseña (déjela vacía para mantener la guardada)</translation>
    </message>
    <message>
        <source>Type the server names and ports your email provider gives for mail programs. Most providers need an app password rather than the usual one.</source>
        <translation type="vanished">Escriba los nombres de servidor y los puertos que su proveedor de correo da para programas de correo. La mayoría de proveedores necesitan una contraseña de aplicación en lugar de la habitual.</translation>
    </message>
    <message>
        <source>Please choose the security: SSL/TLS or STARTTLS.</source>
        <translation>Por favor, elija la seguridad: SSL/TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>Please type the email address.</source>
        <translation>Por favor, escriba la dirección de correo.</translation>
    </message>
    <message>
        <source>Most providers need an app password rather than the usual one. Their help pages say how to make one, and give the server names and ports for mail programs.</source>
        <translation>La mayoría de proveedores necesitan una contraseña de aplicación en lugar de la habitual. Sus páginas de ayuda dicen cómo crear una y dan los nombres de servidor y los puertos para programas de correo.</translation>
    </message>
    <message>
        <source>Please type the incoming mail server&apos;s name, like imap.example.com.</source>
        <translation>Por favor, escriba el nombre del servidor de correo entrante, como imap.example.com.</translation>
    </message>
    <message>
        <source>Please type the outgoing mail server&apos;s name, like smtp.example.com.</source>
        <translation>Por favor, escriba el nombre del servidor de correo saliente, como smtp.example.com.</translation>
    </message>
    <message>
        <source>Please type the password (for most providers, an app password).</source>
        <translation>Por favor, escriba la contraseña (en la mayoría de proveedores, una contraseña de aplicación).</translation>
    </message>
    <message>
        <source>Saved. The password is kept in this computer&apos;s password store.</source>
        <translation>Guardado. La contraseña se guarda en el almacén de contraseñas de este ordenador.</translation>
    </message>
    <message>
        <source>The email account could not be saved. Please try again.</source>
        <translation>No se pudo guardar la cuenta de correo. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>Messages from people who are not on the contact list wait here, so that strangers never reach the wall, and so do automatic messages (read receipts, out-of-office replies). Only the family sees them.</source>
        <translation>Los mensajes de personas que no están en la lista de contactos esperan aquí, para que los desconocidos nunca lleguen al tablón, igual que los mensajes automáticos (confirmaciones de lectura, respuestas de ausencia). Solo la familia los ve.</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>Las palabras del mensaje</translation>
    </message>
    <message>
        <source>Just this message</source>
        <translation>Solo este mensaje</translation>
    </message>
    <message>
        <source>Their name, as it will show on the wall</source>
        <translation>Su nombre, tal como se verá en el tablón</translation>
    </message>
    <message>
        <source>Put on the wall</source>
        <translation>Poner en el tablón</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Sí, borrarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>{sender}
“{subject}”
{when} — held: {reason}</source>
        <translation>{sender}
«{subject}»
{when} — retenido: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Nothing is held just now.</source>
        <translation>Ahora no hay nada retenido.</translation>
    </message>
    <message>
        <source>{count} held. Choose one to read it.</source>
        <translation>Retenidos: {count}. Elija uno para leerlo.</translation>
    </message>
    <message>
        <source>What {sender} wrote:</source>
        <translation>Lo que escribió {sender}:</translation>
    </message>
    <message>
        <source>(This message has no words, only pictures or attachments.)</source>
        <translation>(Este mensaje no tiene palabras, solo imágenes o adjuntos.)</translation>
    </message>
    <message>
        <source>Also add {address} as family</source>
        <translation>Añadir también {address} como familia</translation>
    </message>
    <message>
        <source>Choose a message in the list first.</source>
        <translation>Primero elija un mensaje de la lista.</translation>
    </message>
    <message>
        <source>Please type their name, so the wall can show who it is from.</source>
        <translation>Por favor, escriba su nombre, para que el tablón muestre de quién es.</translation>
    </message>
    <message>
        <source>Putting it on the wall…</source>
        <translation>Poniéndolo en el tablón…</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now, and {name} is on the contact list.</source>
        <translation>El mensaje de {sender} ya está en el tablón, y {name} está en la lista de contactos.</translation>
    </message>
    <message>
        <source>The message from {sender} is on the wall now.</source>
        <translation>El mensaje de {sender} ya está en el tablón.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>No ha funcionado. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Delete the message from {sender}? It cannot be brought back.</source>
        <translation>¿Borrar el mensaje de {sender}? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>The message from {sender} has been deleted.</source>
        <translation>Se ha borrado el mensaje de {sender}.</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Texto y colores</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normales</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Loudness of voice messages and videos</source>
        <translation>Volumen de los mensajes de voz y los vídeos</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Buscando voces…</translation>
    </message>
    <message>
        <source>The computer&apos;s usual voice</source>
        <translation>La voz habitual del ordenador</translation>
    </message>
    <message>
        <source>No voices could be found.</source>
        <translation>No se encontró ninguna voz.</translation>
    </message>
    <message>
        <source>Hello {name}. This is how I will read your messages.</source>
        <translation>Hola, {name}. Así leeré sus mensajes.</translation>
    </message>
    <message>
        <source>About the person using CareLink</source>
        <translation>Sobre la persona que usa CareLink</translation>
    </message>
    <message>
        <source>Their first name</source>
        <translation>Su nombre de pila</translation>
    </message>
    <message>
        <source>The language CareLink speaks and writes its emails in (it changes at once)</source>
        <translation>El idioma en el que CareLink habla y escribe sus correos (cambia al momento)</translation>
    </message>
    <message>
        <source>The country they live in (it sets the emergency number)</source>
        <translation>El país en el que vive (fija el número de emergencias)</translation>
    </message>
    <message>
        <source>Language and country, like en-GB (leave empty for this computer&apos;s)</source>
        <translation>Idioma y país, como es-ES (déjelo vacío para usar el de este ordenador)</translation>
    </message>
    <message>
        <source>Emergency number (leave empty for the country&apos;s own)</source>
        <translation>Número de emergencias (déjelo vacío para usar el del país)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>Se ha cambiado el PIN.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>No se pudo guardar el PIN.</translation>
    </message>
    <message>
        <source>Email account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>CareLink reads the family&apos;s messages from this email account and sends replies from it. It is best to make a new address just for CareLink.</source>
        <translation>CareLink lee los mensajes de la familia de esta cuenta de correo y envía las respuestas desde ella. Lo mejor es crear una dirección nueva solo para CareLink.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>CareLink keeps passwords only in this computer&apos;s password store, never in its own files.</source>
        <translation>CareLink guarda las contraseñas solo en el almacén de contraseñas de este ordenador, nunca en sus propios archivos.</translation>
    </message>
    <message>
        <source>Please save first: Test connection checks the saved account.</source>
        <translation>Por favor, guarde primero: Probar la conexión comprueba la cuenta guardada.</translation>
    </message>
    <message>
        <source>Checking… this can take up to a minute.</source>
        <translation>Comprobando… puede tardar hasta un minuto.</translation>
    </message>
    <message>
        <source>CareLink could not check the email account. Please try again.</source>
        <translation>CareLink no pudo comprobar la cuenta de correo. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is the demo household: its PIN is 1234.</source>
        <translation>Esta es la casa de demostración: su PIN es 1234.</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Cifra {digit}</translation>
    </message>
    <message>
        <source>The number keys are switched off for a moment.</source>
        <translation>Las teclas de números están desactivadas un momento.</translation>
    </message>
    <message>
        <source>Please type the 4-digit PIN for Settings.</source>
        <translation>Por favor, escriba el PIN de 4 cifras de Ajustes.</translation>
    </message>
    <message>
        <source>Choose a 4-digit PIN that keeps Settings safe. Write it down somewhere safe.</source>
        <translation>Elija un PIN de 4 cifras que proteja Ajustes. Anótelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Please type the same PIN again.</source>
        <translation>Por favor, escriba el mismo PIN otra vez.</translation>
    </message>
    <message>
        <source>{count} of 4 digits typed</source>
        <translation>{count} de 4 cifras escritas</translation>
    </message>
    <message>
        <source>The two PINs were different. Please choose one again.</source>
        <translation>Los dos PIN eran distintos. Por favor, elija uno otra vez.</translation>
    </message>
    <message>
        <source>CareLink could not check the PIN just now. Please try again.</source>
        <translation>CareLink no pudo comprobar el PIN ahora mismo. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Ya puede volver a probar el PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN {count} times. Please wait {time}, then try again.</source>
        <translation>PIN incorrecto {count} veces. Por favor, espere {time} y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Cerrar Ajustes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Sobre la persona</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>No carer is set up, so a concern goes to the family instead ({names}). Add a carer in Contacts.</source>
        <translation>No hay ningún cuidador, así que un problema contado va a la familia ({names}). Añada un cuidador en Contactos.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern. Add a carer (and the family) in Contacts.</source>
        <translation>No hay nadie para enterarse de un problema. Añada un cuidador (y a la familia) en Contactos.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Not known (tap to turn on)</source>
        <translation>No se sabe (toque para activar)</translation>
    </message>
    <message>
        <source>✓ On (tap to turn off)</source>
        <translation>✓ Activado (toque para desactivar)</translation>
    </message>
    <message>
        <source>Off (tap to turn on)</source>
        <translation>Desactivado (toque para activar)</translation>
    </message>
    <message>
        <source>CareLink cannot tell whether this is on</source>
        <translation>CareLink no sabe si esto está activado</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer: a part of CareLink is missing. Please install CareLink again.</source>
        <translation>No se pueden hacer fichas en este ordenador: falta una parte de CareLink. Por favor, instale CareLink de nuevo.</translation>
    </message>
    <message>
        <source>CareLink could not start a new page of the handout.</source>
        <translation>CareLink no pudo empezar una página nueva de la ficha.</translation>
    </message>
    <message>
        <source>CareLink could not start printing the handout. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink no pudo empezar a imprimir la ficha. Revise la impresora (o la carpeta del archivo PDF) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>CareLink — {title}</source>
        <translation>CareLink — {title}</translation>
    </message>
    <message>
        <source>CareLink — practice handout for {name}</source>
        <translation>CareLink — ficha de práctica para {name}</translation>
    </message>
    <message>
        <source>CareLink — practice handout</source>
        <translation>CareLink — ficha de práctica</translation>
    </message>
    <message>
        <source>This lesson has {count} steps. Each page shows one step. The part of the screen to use has a yellow ring round it.</source>
        <translation type="vanished">Esta lección tiene {count} pasos. Cada página muestra un paso. La parte de la pantalla que hay que usar tiene un círculo amarillo alrededor.</translation>
    </message>
    <message>
        <source>This lesson has {count} steps, two on each page. In each picture, the part of the screen to use has a thick black ring round it, with the step&apos;s number on its corner.</source>
        <translation>Esta lección tiene {count} pasos, dos en cada página. En cada imagen, la parte de la pantalla que hay que usar tiene un grueso anillo negro alrededor, con el número del paso en su esquina.</translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation>Por ejemplo: «{words}»</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path} ({reason}). Please choose another folder.</source>
        <translation>CareLink no pudo guardar la ficha como {path} ({reason}). Por favor, elija otra carpeta.</translation>
    </message>
    <message>
        <source>CareLink could not save the handout as {path}.</source>
        <translation>CareLink no pudo guardar la ficha como {path}.</translation>
    </message>
    <message>
        <source>A handout is being made already. Please wait a moment.</source>
        <translation>Ya se está haciendo una ficha. Por favor, espere un momento.</translation>
    </message>
    <message>
        <source>The handout could not be made. Please try again.</source>
        <translation>No se pudo hacer la ficha. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la ficha</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>Enséñemelo otra vez</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Dejar de practicar</translation>
    </message>
    <message>
        <source>Practise it again</source>
        <translation>Practicarlo otra vez</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Volver a las lecciones</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Siguiente lección</translation>
    </message>
    <message>
        <source>You are practising now. Nothing you do here reaches a real person.</source>
        <translation>Ahora está practicando. Nada de aquí llega a una persona real.</translation>
    </message>
    <message>
        <source>Practise with a pretend family.</source>
        <translation>Practique con una familia de prueba.</translation>
    </message>
    <message>
        <source>Nothing you do here reaches a real person.</source>
        <translation>Nada de aquí llega a una persona real.</translation>
    </message>
    <message>
        <source>Previous lessons</source>
        <translation>Lecciones anteriores</translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation>Más lecciones</translation>
    </message>
    <message>
        <source>There are no lessons on this computer.</source>
        <translation>No hay lecciones en este ordenador.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Modo taller</translation>
    </message>
    <message>
        <source>For the people who run workshops</source>
        <translation>Para quienes dirigen talleres</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Practice lesson</source>
        <translation>Lección de práctica</translation>
    </message>
    <message>
        <source>CareLink could not start printing the certificate. Check the printer (or the folder for the PDF file) and try again.</source>
        <translation>CareLink no pudo empezar a imprimir el certificado. Compruebe la impresora (o la carpeta del archivo PDF) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>CareLink — certificate</source>
        <translation>CareLink — certificado</translation>
    </message>
    <message>
        <source>Well done, {name}!</source>
        <translation>¡Muy bien, {name}!</translation>
    </message>
    <message>
        <source>Today you learned to:</source>
        <translation>Hoy ha aprendido a:</translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation>Certificado para {name}</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimir el certificado</translation>
    </message>
    <message>
        <source>CareLink could not save the certificate as {path}.</source>
        <translation>CareLink no pudo guardar el certificado como {path}.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>You have finished: {title}.</source>
        <translation>Ha terminado: {title}.</translation>
    </message>
    <message>
        <source>Nothing to press just now. Wait a moment: it happens by itself.</source>
        <translation>Ahora no hay nada que pulsar. Espere un momento: ocurre solo.</translation>
    </message>
    <message>
        <source>When you have read this, tap Next.</source>
        <translation>Cuando haya leído esto, toque Siguiente.</translation>
    </message>
    <message>
        <source>Wait a moment, then do what the words at the bottom say.</source>
        <translation>Espere un momento y luego haga lo que dicen las palabras de abajo.</translation>
    </message>
    <message>
        <source>Nearly! Tap the part with the yellow ring around it.</source>
        <translation>¡Casi! Toque la parte con el círculo amarillo alrededor.</translation>
    </message>
    <message>
        <source>To stop practising, tap Stop practising.</source>
        <translation>Para dejar de practicar, toque Dejar de practicar.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped at step {step} of {steps}</source>
        <translation type="vanished">se detuvo en el paso {step} de {steps}</translation>
    </message>
    <message>
        <source>on step {step} of {steps}</source>
        <translation type="vanished">en el paso {step} de {steps}</translation>
    </message>
    <message>
        <source>stopped after {done} of {steps} steps</source>
        <translation>parada tras {done} de {steps} pasos</translation>
    </message>
    <message>
        <source>{done} of {steps} steps done so far</source>
        <translation>{done} de {steps} pasos hechos hasta ahora</translation>
    </message>
    <message>
        <source>{learner}: {lesson}, {how} ({time})</source>
        <translation>{learner}: {lesson}, {how} ({time})</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Salir del modo taller</translation>
    </message>
    <message>
        <source>1. Choose a lesson</source>
        <translation type="vanished">1. Elija una lección</translation>
    </message>
    <message>
        <source>2. Type the learner&apos;s first name</source>
        <translation type="vanished">2. Escriba el nombre de pila del alumno</translation>
    </message>
    <message>
        <source>The learner&apos;s first name</source>
        <translation>El nombre de pila del alumno</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>Empezar la lección</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Imprimir una ficha</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Guardar la ficha como PDF</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Reset the pretend family (between learners)</source>
        <translation>Reiniciar la familia de prueba (entre alumnos)</translation>
    </message>
    <message>
        <source>Forget the list of learners</source>
        <translation>Olvidar la lista de alumnos</translation>
    </message>
    <message>
        <source>Certificate for this learner</source>
        <translation>Certificado para este alumno</translation>
    </message>
    <message>
        <source>To leave workshop mode, press Leave workshop mode and type the PIN (or press Ctrl+Shift+L).</source>
        <translation>Para salir del modo taller, pulse Salir del modo taller y escriba el PIN (o pulse Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation>Empezar una lección</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Later learners</source>
        <translation>Alumnos más recientes</translation>
    </message>
    <message>
        <source>Earlier learners</source>
        <translation>Alumnos anteriores</translation>
    </message>
    <message>
        <source>Please choose a lesson first.</source>
        <translation>Por favor, elija primero una lección.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name (up to 30 letters).</source>
        <translation>Por favor, escriba el nombre de pila del alumno (hasta 30 letras).</translation>
    </message>
    <message>
        <source>Carry on from step {step}</source>
        <translation>Seguir desde el paso {step}</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Print the certificate.</source>
        <translation>Por favor, escriba el nombre del alumno y luego toque Imprimir el certificado.</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s first name, then tap Certificate for this learner.</source>
        <translation>Por favor, escriba el nombre del alumno y luego toque Certificado para este alumno.</translation>
    </message>
    <message>
        <source>Handout: {lesson}</source>
        <translation>Ficha: {lesson}</translation>
    </message>
    <message>
        <source>Certificate: {learner}</source>
        <translation>Certificado: {learner}</translation>
    </message>
    <message>
        <source>Yes, forget every learner</source>
        <translation>Sí, olvidar a todos los alumnos</translation>
    </message>
    <message>
        <source>This forgets how every learner got on. Tap Yes, forget every learner to do it.</source>
        <translation>Esto olvida cómo le fue a cada alumno. Toque Sí, olvidar a todos los alumnos para hacerlo.</translation>
    </message>
    <message>
        <source>The list of learners is empty now ({count} forgotten).</source>
        <translation>La lista de alumnos está vacía ahora ({count} olvidados).</translation>
    </message>
    <message>
        <source>Nobody has practised yet.</source>
        <translation>Todavía no ha practicado nadie.</translation>
    </message>
    <message>
        <source>Handouts cannot be made on this computer.</source>
        <translation>No se pueden hacer fichas en este ordenador.</translation>
    </message>
    <message>
        <source>Making the handout… this takes a few seconds.</source>
        <translation>Haciendo la ficha… tarda unos segundos.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}</source>
        <translation>La ficha está guardada en {path}</translation>
    </message>
    <message>
        <source>The handout went to the printer.</source>
        <translation>La ficha se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>The certificate went to the printer.</source>
        <translation>El certificado se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>The certificate is saved in {path}</source>
        <translation>El certificado está guardado en {path}</translation>
    </message>
    <message>
        <source>The pretend family is fresh again: their messages are back as they were, ready for the next learner.</source>
        <translation>La familia de prueba está como nueva: sus mensajes vuelven a estar como estaban, listos para el siguiente alumno.</translation>
    </message>
    <message>
        <source>The practice could not start. Please try again, or reset the practice family.</source>
        <translation>No se pudo empezar la práctica. Inténtelo de nuevo o reinicie la familia de prueba.</translation>
    </message>
    <message>
        <source>Please finish the lesson on show first.</source>
        <translation>Por favor, termine primero la lección que se está mostrando.</translation>
    </message>
    <message>
        <source>The practice family could not be reset.</source>
        <translation>No se pudo reiniciar la familia de prueba.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>unos segundos</translation>
    </message>
    <message>
        <source>about a quarter of a minute</source>
        <translation>unos quince segundos</translation>
    </message>
    <message>
        <source>half a minute</source>
        <translation>medio minuto</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>un minuto más o menos</translation>
    </message>
    <message>
        <source>a minute and a half</source>
        <translation>un minuto y medio</translation>
    </message>
    <message>
        <source>about {count} minutes</source>
        <translation>unos {count} minutos</translation>
    </message>
    <message>
        <source>about an hour</source>
        <translation>una hora más o menos</translation>
    </message>
    <message>
        <source>about {count} hours</source>
        <translation>unas {count} horas</translation>
    </message>
    <message>
        <source>a voice message</source>
        <translation>un mensaje de voz</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>una tarjeta de contacto</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>una hoja de cálculo</translation>
    </message>
    <message>
        <source>a slide show</source>
        <translation>una presentación</translation>
    </message>
    <message>
        <source>a folder of files</source>
        <translation>una carpeta de archivos</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>A voice message from {name}</source>
        <translation>Un mensaje de voz de {name}</translation>
    </message>
    <message>
        <source>A video from {name}</source>
        <translation>Un vídeo de {name}</translation>
    </message>
    <message>
        <source>A document from {name}</source>
        <translation>Un documento de {name}</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that was too big for CareLink to keep. Ask the family to help.</source>
        <translation>{name} también envió {thing} ({file}), demasiado grande para que CareLink lo guarde. Pida ayuda a la familia.</translation>
    </message>
    <message>
        <source>{name} also sent {thing} ({file}) that CareLink can&apos;t show. Ask the family to help.</source>
        <translation>{name} también envió {thing} ({file}), que CareLink no puede mostrar. Pida ayuda a la familia.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to hear it.</source>
        <translation>{name} envió {thing} de {length}. Pulse Reproducir para oírlo.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {length} long. Press Play to watch it.</source>
        <translation>{name} envió {thing} de {length}. Pulse Reproducir para verlo.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to hear it.</source>
        <translation>{name} envió {thing}. Pulse Reproducir para oírlo.</translation>
    </message>
    <message>
        <source>{name} sent {thing}. Press Play to watch it.</source>
        <translation>{name} envió {thing}. Pulse Reproducir para verlo.</translation>
    </message>
    <message>
        <source>{name} sent {thing}, {file}, shown on the card.</source>
        <translation>{name} envió {thing}, {file}, que se muestra en la tarjeta.</translation>
    </message>
    <message>
        <source>This photo could not be shown</source>
        <translation>No se pudo mostrar esta foto</translation>
    </message>
    <message>
        <source>Scroll the message up</source>
        <translation>Subir el mensaje</translation>
    </message>
    <message>
        <source>Scroll the message down</source>
        <translation>Bajar el mensaje</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>{name} wanted a video call, {when}.</source>
        <translation>{name} quería hacer una videollamada, {when}.</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to see it large.</source>
        <translation>Foto de {name}. Toque para verla en grande.</translation>
    </message>
    <message>
        <source>Photo {number} of {total} from {name}. Tap to see it large.</source>
        <translation>Foto {number} de {total} de {name}. Toque para verla en grande.</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Mensaje anterior</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Responder a este mensaje</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Mensaje siguiente</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} de {total}</translation>
    </message>
    <message>
        <source>Message {number} of {total}</source>
        <translation>Mensaje {number} de {total}</translation>
    </message>
    <message>
        <source>{count} of the {total} photos could not be shown.</source>
        <translation>No se pudieron mostrar {count} de las {total} fotos.</translation>
    </message>
    <message>
        <source>A photo came with this message but could not be shown.</source>
        <translation>Con este mensaje llegó una foto, pero no se pudo mostrar.</translation>
    </message>
    <message>
        <source>{count} photos came with this message but could not be shown.</source>
        <translation>Con este mensaje llegaron {count} fotos, pero no se pudieron mostrar.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>There is a photo with this message.</source>
        <translation>Hay una foto con este mensaje.</translation>
    </message>
    <message>
        <source>There are {count} photos with this message.</source>
        <translation>Hay {count} fotos con este mensaje.</translation>
    </message>
    <message>
        <source>From {name}, {when}.</source>
        <translation>De {name}, {when}.</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Reproducir</translation>
    </message>
    <message>
        <source>▶  Play the voice message</source>
        <translation>▶  Escuchar el mensaje de voz</translation>
    </message>
    <message>
        <source>▶  Play the video</source>
        <translation>▶  Ver el vídeo</translation>
    </message>
    <message>
        <source>This voice message can&apos;t be played on this computer.</source>
        <translation>Este mensaje de voz no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>This video can&apos;t be played on this computer.</source>
        <translation>Este vídeo no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>Ask the family to help.</source>
        <translation>Pida ayuda a la familia.</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Parar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>◀  Previous page</source>
        <translation type="vanished">◀  Página anterior</translation>
    </message>
    <message>
        <source>Next page  ▶</source>
        <translation type="vanished">Página siguiente  ▶</translation>
    </message>
    <message>
        <source>A document from {name}: {file}</source>
        <translation>Un documento de {name}: {file}</translation>
    </message>
    <message>
        <source>This document can&apos;t be shown on this computer. Ask the family to help.</source>
        <translation>Este documento no se puede mostrar en este ordenador. Pida ayuda a la familia.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Page {number} of {total} of the document {file}</source>
        <translation>Página {number} de {total} del documento {file}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Cerrar la foto</translation>
    </message>
    <message>
        <source>Photo from {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Photo from {name}. Tap to close it.</source>
        <translation>Foto de {name}. Toque para cerrarla.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Lovely!</source>
        <translation>¡Qué bonito!</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Llámame, por favor</translation>
    </message>
    <message>
        <source>Love you</source>
        <translation>Te quiero</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Enviado ✓</translation>
    </message>
    <message>
        <source>Will send when the connection is back</source>
        <translation>Se enviará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>This reply could not be delivered. Your family can see why in Settings.</source>
        <translation>No se pudo entregar esta respuesta. Su familia puede ver por qué en Ajustes.</translation>
    </message>
    <message>
        <source>Sorry, the reply could not be saved. Please try again.</source>
        <translation>Lo sentimos, no se pudo guardar la respuesta. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Reply “{words}”</source>
        <translation>Responder «{words}»</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation>Su respuesta a {name}:</translation>
    </message>
    <message>
        <source>Your reply to {name}</source>
        <translation>Su respuesta a {name}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages yet. When your family writes, their messages will appear here.</source>
        <translation>Todavía no hay mensajes. Cuando su familia escriba, sus mensajes aparecerán aquí.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Sorry, this message could not be shown.</source>
        <translation>Lo sentimos, no se pudo mostrar este mensaje.</translation>
    </message>
    <message>
        <source>{screen}, {number} of {total}</source>
        <translation>{screen}, {number} de {total}</translation>
    </message>
    <message>
        <source>A new message has arrived. Press Previous to see it.</source>
        <translation>Ha llegado un mensaje nuevo. Pulse Anterior para verlo.</translation>
    </message>
    <message>
        <source>{count} new messages have arrived. Press Previous to see them.</source>
        <translation>Han llegado {count} mensajes nuevos. Pulse Anterior para verlos.</translation>
    </message>
    <message>
        <source>Please write something to send.</source>
        <translation>Por favor, escriba algo para enviar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Their photo</source>
        <translation>Su foto</translation>
    </message>
    <message>
        <source>Their initials, {initials}</source>
        <translation>Sus iniciales, {initials}</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation type="vanished">Me encuentro mal</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation type="vanished">Soledad o tristeza</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation type="vanished">Un problema con mis cuidados</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation type="vanished">Alguien me preocupa</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation type="vanished">Algo se ha roto en casa</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="vanished">Otra cosa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>{when} — New</source>
        <translation>{when} — Nuevo</translation>
    </message>
    <message>
        <source>It is {date}.</source>
        <translation>Hoy es {date}.</translation>
    </message>
    <message>
        <source>Practice — nothing is sent to anyone</source>
        <translation>Práctica — no se envía nada a nadie</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The folder {folder} is not CareLink&apos;s practice household, so CareLink leaves it alone. Move it, or use another data folder for workshops.</source>
        <translation>La carpeta {folder} no es la casa de práctica de CareLink, así que CareLink no la toca. Muévala, o use otra carpeta de datos para los talleres.</translation>
    </message>
    <message>
        <source>CareLink could not clear the practice household ({problem}). Close the tutorial and try again.</source>
        <translation>CareLink no pudo vaciar la casa de práctica ({problem}). Cierre el taller e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address. It should look like sarah@example.com.</source>
        <translation>&apos;{address}&apos; no es una dirección de correo. Debería ser como sarah@example.com.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification in the Google Account, then make an app password under Security → App passwords, and type that here instead of the usual password.</source>
        <translation>Active la verificación en dos pasos en la cuenta de Google, cree una contraseña de aplicación en Seguridad → Contraseñas de aplicaciones y escríbala aquí en lugar de la contraseña habitual.</translation>
    </message>
    <message>
        <source>In Yahoo&apos;s Account Security page choose &apos;Generate app password&apos; and type that here.</source>
        <translation>En la página Seguridad de la cuenta de Yahoo, elija «Generar contraseña de aplicación» y escríbala aquí.</translation>
    </message>
    <message>
        <source>At appleid.apple.com, under Sign-In and Security, choose App-Specific Passwords and make one.</source>
        <translation>En appleid.apple.com, en Inicio de sesión y seguridad, elija Contraseñas específicas de apps y cree una.</translation>
    </message>
    <message>
        <source>In Fastmail&apos;s Settings → Privacy &amp; Security → Manage app passwords, make one for &apos;Mail (IMAP/SMTP)&apos;.</source>
        <translation>En Fastmail, Ajustes → Privacidad y seguridad → Gestionar contraseñas de aplicación, cree una para «Mail (IMAP/SMTP)».</translation>
    </message>
    <message>
        <source>In GMX&apos;s settings, allow POP3/IMAP access first; then use the usual GMX password here.</source>
        <translation>En los ajustes de GMX, permita primero el acceso POP3/IMAP; después escriba aquí la contraseña habitual de GMX.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server name for {which}. It looks like imap.example.com.</source>
        <translation>&apos;{value}&apos; no es un nombre de servidor para {which}. Es algo como imap.example.com.</translation>
    </message>
    <message>
        <source>The {which} port must be between 1 and 65535; {default} is usual.</source>
        <translation>El puerto de {which} debe estar entre 1 y 65535; lo habitual es {default}.</translation>
    </message>
    <message>
        <source>Security must be ssl or starttls (or none, only for a server on this computer).</source>
        <translation>La seguridad debe ser ssl o starttls (o none, solo para un servidor en este ordenador).</translation>
    </message>
    <message>
        <source>CareLink only talks to mail servers over a secure connection (ssl or starttls). &apos;none&apos; is allowed only for a server on this computer.</source>
        <translation>CareLink solo habla con servidores de correo por una conexión segura (ssl o starttls). &apos;none&apos; solo se permite para un servidor en este ordenador.</translation>
    </message>
    <message>
        <source>That user name has characters a mail server would not accept.</source>
        <translation>Ese nombre de usuario tiene caracteres que un servidor de correo no aceptaría.</translation>
    </message>
    <message>
        <source>The {which} port must be a number, like {default}.</source>
        <translation>El puerto de {which} debe ser un número, como {default}.</translation>
    </message>
    <message>
        <source>The mail server is answering too slowly; CareLink will try again.</source>
        <translation>El servidor de correo responde demasiado despacio; CareLink lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The email server did not accept the password. Many providers need an app password for programs like CareLink; the setup screen says how to make one.</source>
        <translation>El servidor de correo no aceptó la contraseña. Muchos proveedores necesitan una contraseña de aplicación para programas como CareLink; la pantalla de configuración explica cómo crearla.</translation>
    </message>
    <message>
        <source>No internet connection, or the mail server {host} is not answering. CareLink will try again later.</source>
        <translation>No hay conexión a internet, o el servidor de correo {host} no responde. CareLink lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The mail server gave an answer CareLink did not understand. CareLink will try again later.</source>
        <translation>El servidor de correo dio una respuesta que CareLink no entendió. CareLink lo intentará más tarde.</translation>
    </message>
    <message>
        <source>CareLink has no password saved for this email account. Type it again in the email settings.</source>
        <translation>CareLink no tiene ninguna contraseña guardada para esta cuenta de correo. Escríbala otra vez en los ajustes del correo.</translation>
    </message>
    <message>
        <source>The mail server could not check the password just now. CareLink will try again later.</source>
        <translation>El servidor de correo no pudo comprobar la contraseña ahora mismo. CareLink lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The email server cannot take a password with letters like é or ü. Make an app password for CareLink instead.</source>
        <translation>El servidor de correo no acepta una contraseña con letras como é o ü. Cree en su lugar una contraseña de aplicación para CareLink.</translation>
    </message>
    <message>
        <source>The mail folder &apos;{folder}&apos; was not found on the server.</source>
        <translation>La carpeta de correo &apos;{folder}&apos; no se encontró en el servidor.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer a secure connection on port {port}. Check the port and security setting.</source>
        <translation>El servidor de correo {host} no ofrece una conexión segura en el puerto {port}. Revise el puerto y la seguridad.</translation>
    </message>
    <message>
        <source>The email server wants a password, and CareLink has none saved. Type it again in the email settings.</source>
        <translation>El servidor de correo pide una contraseña, y CareLink no tiene ninguna guardada. Escríbala otra vez en los ajustes del correo.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer what CareLink needs to send (a way to sign in, or addresses with non-English letters). Check the server settings.</source>
        <translation>El servidor de correo {host} no ofrece lo que CareLink necesita para enviar (una forma de iniciar sesión, o direcciones con letras que no son inglesas). Revise los ajustes del servidor.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}. Check that address.</source>
        <translation>El servidor de correo no quiso entregar a {addresses}. Revise esa dirección.</translation>
    </message>
    <message>
        <source>The mail server refused this message. It may be too large, or the server does not allow this sender.</source>
        <translation>El servidor de correo rechazó este mensaje. Puede que sea demasiado grande, o que el servidor no permita este remitente.</translation>
    </message>
    <message>
        <source>The mail server {host} could not prove who it is (its certificate is not trusted), so CareLink did not send it anything. Check the server name.</source>
        <translation>El servidor de correo {host} no pudo demostrar quién es (su certificado no es de confianza), así que CareLink no le envió nada. Revise el nombre del servidor.</translation>
    </message>
    <message>
        <source>CareLink could not make a secure connection to {host} on port {port}. Check the port and security setting, or try again later.</source>
        <translation>CareLink no pudo hacer una conexión segura con {host} en el puerto {port}. Revise el puerto y la seguridad, o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>CareLink could not find the mail server {host}. Check the server name, or the internet connection.</source>
        <translation>CareLink no encontró el servidor de correo {host}. Revise el nombre del servidor o la conexión a internet.</translation>
    </message>
    <message>
        <source>The mail server would not deliver to {addresses}; the other people got it. Check that address.</source>
        <translation>El servidor de correo no quiso entregar a {addresses}; las demás personas sí lo recibieron. Revise esa dirección.</translation>
    </message>
    <message>
        <source>The mail server cannot take mail for {addresses} just now. CareLink will try again later.</source>
        <translation>El servidor de correo no puede recibir correo para {addresses} ahora mismo. CareLink lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The mail server is busy and could not take the message just now. CareLink will try again later.</source>
        <translation>El servidor de correo está ocupado y no pudo recibir el mensaje ahora mismo. CareLink lo intentará más tarde.</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Ajustes: {settings}</translation>
    </message>
    <message>
        <source>CareLink: keep in touch with family.</source>
        <translation>CareLink: siga en contacto con su familia.</translation>
    </message>
    <message>
        <source>where the household&apos;s data lives (default: your user data folder; or set CARELINK_DATA_DIR)</source>
        <translation>dónde están los datos de la casa (si no: su carpeta de datos de usuario; o ponga CARELINK_DATA_DIR)</translation>
    </message>
    <message>
        <source>use the demo household with a pretend family</source>
        <translation>usar la casa de demostración con una familia de prueba</translation>
    </message>
    <message>
        <source>start CareLink&apos;s window (the default)</source>
        <translation>abrir la ventana de CareLink (lo normal)</translation>
    </message>
    <message>
        <source>fill the whole screen</source>
        <translation>ocupar toda la pantalla</translation>
    </message>
    <message>
        <source>open the workshop tutorial</source>
        <translation>abrir el taller de práctica</translation>
    </message>
    <message>
        <source>add, list or remove contacts</source>
        <translation>añadir, ver o quitar contactos</translation>
    </message>
    <message>
        <source>add a contact</source>
        <translation>añadir un contacto</translation>
    </message>
    <message>
        <source>this carer is the backup carer</source>
        <translation>este cuidador es el cuidador suplente</translation>
    </message>
    <message>
        <source>a JPEG, PNG or GIF picture of them</source>
        <translation>una foto de la persona en JPEG, PNG o GIF</translation>
    </message>
    <message>
        <source>their own video-call link (https://…) or phone number; without it, calls use a Jitsi Meet room made for them</source>
        <translation>su propio enlace de videollamada (https://…) o número de teléfono; sin él, las llamadas usan una sala de Jitsi Meet hecha para la persona</translation>
    </message>
    <message>
        <source>their calls answer by themselves after 10 s</source>
        <translation>sus llamadas se contestan solas tras 10 s</translation>
    </message>
    <message>
        <source>their phone number (a carer&apos;s is shown when a concern cannot be sent)</source>
        <translation>su número de teléfono (el de un cuidador se muestra cuando un problema contado no se puede enviar)</translation>
    </message>
    <message>
        <source>the language of the emails CareLink sends them, like cy or de (default: the household&apos;s)</source>
        <translation>el idioma de los correos que CareLink le envía, como cy o de (si no: el de la casa)</translation>
    </message>
    <message>
        <source>list contacts</source>
        <translation>ver los contactos</translation>
    </message>
    <message>
        <source>remove a contact</source>
        <translation>quitar un contacto</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>ver o cambiar un ajuste</translation>
    </message>
    <message>
        <source>show a setting</source>
        <translation>mostrar un ajuste</translation>
    </message>
    <message>
        <source>change a setting</source>
        <translation>cambiar un ajuste</translation>
    </message>
    <message>
        <source>answer yes to its question (photos.keep_originals off: remove the originals kept so far)</source>
        <translation>responder sí a su pregunta (photos.keep_originals off: quitar los originales guardados hasta ahora)</translation>
    </message>
    <message>
        <source>Added {name} ({email}) as contact {id}.</source>
        <translation>Se ha añadido a {name} ({email}) como contacto {id}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se ha quitado a {name}.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>carer</source>
        <translation>cuidador</translation>
    </message>
    <message>
        <source>backup carer</source>
        <translation>cuidador suplente</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>teléfono {number}</translation>
    </message>
    <message>
        <source>CareLink could not use its data folder: {problem}.</source>
        <translation>CareLink no pudo usar su carpeta de datos: {problem}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy with a call just now, so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation>La ventana de CareLink está ocupada con una llamada ahora mismo, así que esta llamada no se ha iniciado y no se ha invitado a {name}. Vuelva a intentarlo cuando esté libre.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in a lesson just now, so this call was not started and {name} was not invited. Please try again when the lesson is over.</source>
        <translation>La ventana de CareLink está en una lección ahora mismo, así que esta llamada no se ha iniciado y no se ha invitado a {name}. Vuelva a intentarlo cuando termine la lección.</translation>
    </message>
    <message>
        <source>CareLink is still being set up in its window, so this call was not started and {name} was not invited. Please finish setting it up first.</source>
        <translation>CareLink todavía se está configurando en su ventana, así que esta llamada no se ha iniciado y no se ha invitado a {name}. Termine primero de configurarlo.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is showing the demo with its pretend family, not this household, so this call was not started and {name} was not invited.</source>
        <translation>La ventana de CareLink muestra la demostración con su familia de prueba, no esta casa, así que esta llamada no se ha iniciado y no se ha invitado a {name}.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>visto</translation>
    </message>
    <message>
        <source>sent to the backup too</source>
        <translation>enviado también al cuidador suplente</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>call invite</source>
        <translation>invitación a llamada</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>hoy estoy bien</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>Concern {reference} is kept; your family can see it in &apos;carelink outbox&apos;.</source>
        <translation>El problema {reference} está guardado; su familia puede verlo en &apos;carelink outbox&apos;.</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name}. ({why}{kept})</source>
        <translation>CareLink no pudo enviar esto. Por favor, llame a {name}. ({why}{kept})</translation>
    </message>
    <message>
        <source>The mail server said: {reason} </source>
        <translation>El servidor de correo dijo: {reason} </translation>
    </message>
    <message>
        <source>CareLink could not tell the family: the mail server refused it. {why}Please phone them instead.</source>
        <translation>CareLink no pudo avisar a la familia: el servidor de correo lo rechazó. {why}Por favor, llámeles por teléfono.</translation>
    </message>
    <message>
        <source>report a concern to the carer</source>
        <translation>contar un problema al cuidador</translation>
    </message>
    <message>
        <source>send a concern to the carer</source>
        <translation>contar un problema al cuidador</translation>
    </message>
    <message>
        <source>the person&apos;s own words</source>
        <translation>las propias palabras de la persona</translation>
    </message>
    <message>
        <source>they would like the carer to call</source>
        <translation>a la persona le gustaría que el cuidador la llame</translation>
    </message>
    <message>
        <source>list concerns and how far they have got</source>
        <translation>ver los problemas contados y cómo van</translation>
    </message>
    <message>
        <source>tell the family &quot;I&apos;m OK today&quot;</source>
        <translation>decir a la familia «Hoy estoy bien»</translation>
    </message>
    <message>
        <source>start a video call with a contact (sends them an invite)</source>
        <translation>empezar una videollamada con un contacto (le envía una invitación)</translation>
    </message>
    <message>
        <source>send the invite but do not open the call here</source>
        <translation>enviar la invitación pero no abrir la llamada aquí</translation>
    </message>
    <message>
        <source>No carer is set up, so this concern goes to the family instead: {names}. (Add a carer with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>No hay ningún cuidador, así que este problema va a la familia: {names}. (Añada un cuidador con &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>CareLink could not send this. Please phone {name} on {phone}. ({why}{kept})</source>
        <translation>CareLink no pudo enviar esto. Por favor, llame a {name} al {phone}. ({why}{kept})</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work, so it was sent to {others} instead. (Concern {reference})</source>
        <translation>La dirección de correo de {name} no funcionó, así que se envió a {others}. (Problema {reference})</translation>
    </message>
    <message>
        <source>, seen by {name}</source>
        <translation>, visto por {name}</translation>
    </message>
    <message>
        <source>Stored at {time}, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Guardado a las {time}, sin enviar: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Sent to {name}. (Concern {reference})</source>
        <translation>Enviado a {name}. (Problema {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: another CareLink on this computer is telling the family.</source>
        <translation>Guardado a las {time}: otro CareLink de este ordenador está avisando a la familia.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window. {name} is sent the invite as soon as it has opened there.</source>
        <translation>La llamada se abre en la ventana de CareLink. {name} recibirá la invitación en cuanto se haya abierto allí.</translation>
    </message>
    <message>
        <source>The invite to {name} was not sent: {why}. Phone them to say you are calling.</source>
        <translation>La invitación a {name} no se envió: {why}. Llámele para decirle que le está llamando.</translation>
    </message>
    <message>
        <source>The call could not be opened here: open the link below in a web browser.</source>
        <translation>La llamada no se pudo abrir aquí: abra el enlace de abajo en un navegador.</translation>
    </message>
    <message>
        <source>{name}&apos;s email address did not work; it will be sent to {others} when the connection is back. (Concern {reference})</source>
        <translation>La dirección de correo de {name} no funcionó; se enviará a {others} cuando vuelva la conexión. (Problema {reference})</translation>
    </message>
    <message>
        <source>Stored at {time}: the family will be told when the connection is back.</source>
        <translation>Guardado a las {time}: la familia recibirá el aviso cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Told the family you&apos;re OK at {time}.</source>
        <translation>Se ha dicho a la familia que está bien a las {time}.</translation>
    </message>
    <message>
        <source>The invite to {name} could not be sent. {why}Phone them to say you are calling.</source>
        <translation>No se pudo enviar la invitación a {name}. {why}Llámele para decirle que le está llamando.</translation>
    </message>
    <message>
        <source>Invited {name} to the call (the invite will go when the connection is back).</source>
        <translation>Se ha invitado a {name} a la llamada (la invitación saldrá cuando vuelva la conexión).</translation>
    </message>
    <message>
        <source>Invited {name} to the call.</source>
        <translation>Se ha invitado a {name} a la llamada.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why}. It will be sent to {name} once that is done. (Concern {reference})</source>
        <translation>Guardado, sin enviar: {why}. Se enviará a {name} cuando esté hecho. (Problema {reference})</translation>
    </message>
    <message>
        <source>Stored: another CareLink on this computer is sending it to {name}. (Concern {reference})</source>
        <translation>Guardado: otro CareLink de este ordenador se lo está enviando a {name}. (Problema {reference})</translation>
    </message>
    <message>
        <source>Stored: it will be sent to {name} when the connection is back. (Concern {reference})</source>
        <translation>Guardado: se enviará a {name} cuando vuelva la conexión. (Problema {reference})</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No se dio ninguna contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <source>Saved the email account {address}. &apos;carelink sync --once&apos; fetches the mail.</source>
        <translation>Se ha guardado la cuenta de correo {address}. &apos;carelink sync --once&apos; trae el correo.</translation>
    </message>
    <message>
        <source>{new} new, {held} held for the family, {sent} sent, {waiting} waiting to be sent.</source>
        <translation>{new} nuevos, {held} retenidos para la familia, {sent} enviados, {waiting} esperando para enviarse.</translation>
    </message>
    <message>
        <source>Email is not set up yet. Use &apos;carelink setup email&apos; first.</source>
        <translation>El correo todavía no está configurado. Use primero &apos;carelink setup email&apos;.</translation>
    </message>
    <message>
        <source>set up the email account</source>
        <translation>configurar la cuenta de correo</translation>
    </message>
    <message>
        <source>the email account CareLink reads and sends with</source>
        <translation>la cuenta de correo con la que CareLink lee y envía</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>leer la contraseña de la entrada estándar</translation>
    </message>
    <message>
        <source>also set the Settings PIN, read from standard input (after the password&apos;s line)</source>
        <translation>poner también el PIN de los Ajustes, leído de la entrada estándar (después de la línea de la contraseña)</translation>
    </message>
    <message>
        <source>fetch new mail and send the outbox</source>
        <translation>recoger el correo nuevo y enviar lo pendiente</translation>
    </message>
    <message>
        <source>one pass, then stop (exit 1 if the server is unreachable)</source>
        <translation>una sola vez y parar (código 1 si no se llega al servidor)</translation>
    </message>
    <message>
        <source>list the messages on the wall</source>
        <translation>ver los mensajes del tablón</translation>
    </message>
    <message>
        <source>list, approve or reject mail held from unknown senders</source>
        <translation>ver, aceptar o rechazar el correo retenido de remitentes desconocidos</translation>
    </message>
    <message>
        <source>put a held message on the wall</source>
        <translation>poner un mensaje retenido en el tablón</translation>
    </message>
    <message>
        <source>also add the sender as a family contact</source>
        <translation>añadir también al remitente como contacto de la familia</translation>
    </message>
    <message>
        <source>delete a held message</source>
        <translation>borrar un mensaje retenido</translation>
    </message>
    <message>
        <source>reply to a message on the wall</source>
        <translation>responder a un mensaje del tablón</translation>
    </message>
    <message>
        <source>list what is being sent</source>
        <translation>ver lo que se está enviando</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: CareLink will try again.</source>
        <translation>{problem} No se ha perdido nada: CareLink lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Message {id} is on the wall now (as message {wall_id}).</source>
        <translation>El mensaje {id} ya está en el tablón (como mensaje {wall_id}).</translation>
    </message>
    <message>
        <source>The reply could not be delivered: {problem}</source>
        <translation>No se pudo entregar la respuesta: {problem}</translation>
    </message>
    <message>
        <source>Fetched {done} of {total} messages…</source>
        <translation>Traídos {done} de {total} mensajes…</translation>
    </message>
    <message>
        <source>Message {id} has been deleted.</source>
        <translation>Se ha borrado el mensaje {id}.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Stored, not sent: {why} (&apos;carelink setup email&apos;).</source>
        <translation>Guardado, sin enviar: {why} (&apos;carelink setup email&apos;).</translation>
    </message>
    <message>
        <source>Will send when the connection is back ({why}).</source>
        <translation>Se enviará cuando vuelva la conexión ({why}).</translation>
    </message>
    <message>
        <source>to {addresses}  tries: {tries}</source>
        <translation>a {addresses}  intentos: {tries}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Remove the originals kept so far ({size})? Every photo stays on the wall. Type {yes} to remove them: </source>
        <translation>¿Quitar los originales guardados hasta ahora ({size})? Todas las fotos siguen en el tablón. Escriba {yes} para quitarlos: </translation>
    </message>
    <message>
        <source>Keeping display copies only has saved {size}.</source>
        <translation>Guardar solo las copias para la pantalla ha ahorrado {size}.</translation>
    </message>
    <message>
        <source>From now on the original of each photo is kept too, beside the copy CareLink shows. An original takes about ten times the room.</source>
        <translation>Desde ahora también se guarda el original de cada foto, junto a la copia que muestra CareLink. Un original ocupa unas diez veces más espacio.</translation>
    </message>
    <message>
        <source>Keeping display copies only would save {size}.</source>
        <translation>Guardar solo las copias para la pantalla ahorraría {size}.</translation>
    </message>
    <message>
        <source>The originals are removed. Every photo is still on the wall.</source>
        <translation>Los originales se han quitado. Todas las fotos siguen en el tablón.</translation>
    </message>
    <message>
        <source>The originals kept so far stay ({size}). To remove them: carelink settings set photos.keep_originals off --yes</source>
        <translation>Los originales guardados hasta ahora se quedan ({size}). Para quitarlos: carelink settings set photos.keep_originals off --yes</translation>
    </message>
    <message>
        <source>Settings has no PIN yet, so anyone at this computer can open it. Choose one with: echo 2580 | carelink pin set (with your own 4 digits).</source>
        <translation>Los Ajustes todavía no tienen PIN, así que cualquiera en este ordenador puede abrirlos. Elija uno con: echo 2580 | carelink pin set (con sus propias 4 cifras).</translation>
    </message>
    <message>
        <source>The Settings PIN is set. Keep it somewhere safe.</source>
        <translation>El PIN de los Ajustes está puesto. Guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>New PIN (4 digits, not shown): </source>
        <translation>PIN nuevo (4 cifras, no se muestra): </translation>
    </message>
    <message>
        <source>No PIN was given on standard input. Type it like this: echo 2580 | carelink pin set</source>
        <translation>No se dio ningún PIN por la entrada estándar. Escríbalo así: echo 2580 | carelink pin set</translation>
    </message>
    <message>
        <source>set the 4-digit PIN that keeps Settings safe</source>
        <translation>poner el PIN de 4 cifras que protege los Ajustes</translation>
    </message>
    <message>
        <source>set the PIN, read from standard input (one line, 4 digits)</source>
        <translation>poner el PIN, leído de la entrada estándar (una línea, 4 cifras)</translation>
    </message>
    <message>
        <source>Reads the new PIN from standard input, e.g. echo 2580 | carelink pin set. Typed at a terminal, it is asked for without showing it.</source>
        <translation>Lee el PIN nuevo de la entrada estándar, por ejemplo echo 2580 | carelink pin set. Escrito en un terminal, se pide sin mostrarlo.</translation>
    </message>
    <message>
        <source>save a picture of a screen</source>
        <translation>guardar una imagen de una pantalla</translation>
    </message>
    <message>
        <source>width x height, like 1280x800</source>
        <translation>ancho x alto, como 1280x800</translation>
    </message>
    <message>
        <source>render at this text size without changing the setting</source>
        <translation>dibujar con este tamaño de texto sin cambiar el ajuste</translation>
    </message>
    <message>
        <source>The practice household is fresh again: the pretend family&apos;s messages are back as they were.</source>
        <translation>La casa de práctica está como nueva: los mensajes de la familia de prueba han vuelto como estaban.</translation>
    </message>
    <message>
        <source>practising</source>
        <translation>practicando</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>workshop lessons with a pretend family</source>
        <translation>lecciones de taller con una familia de prueba</translation>
    </message>
    <message>
        <source>list the lessons</source>
        <translation>ver las lecciones</translation>
    </message>
    <message>
        <source>check a lesson file you wrote, naming every problem with its line</source>
        <translation>revisar un archivo de lección que haya escrito, nombrando cada problema con su línea</translation>
    </message>
    <message>
        <source>the lesson&apos;s .toml file</source>
        <translation>el archivo .toml de la lección</translation>
    </message>
    <message>
        <source>make the practice household fresh again, for the next learner</source>
        <translation>dejar la casa de práctica como nueva, para el siguiente alumno</translation>
    </message>
    <message>
        <source>list the learners and how far each got</source>
        <translation>ver los alumnos y hasta dónde llegó cada uno</translation>
    </message>
    <message>
        <source>forget every learner&apos;s progress</source>
        <translation>olvidar el progreso de todos los alumnos</translation>
    </message>
    <message>
        <source>save a lesson&apos;s handout as a PDF, to print</source>
        <translation>guardar la ficha de una lección en PDF, para imprimirla</translation>
    </message>
    <message>
        <source>the lesson&apos;s id (see tutorial list)</source>
        <translation>el identificador de la lección (vea tutorial list)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se va a crear</translation>
    </message>
    <message>
        <source>the learner&apos;s name, put on the handout and in its words</source>
        <translation>el nombre del alumno, puesto en la ficha y en su texto</translation>
    </message>
    <message>
        <source>save a learner&apos;s certificate for today&apos;s lessons as a PDF</source>
        <translation>guardar en PDF el certificado de un alumno por las lecciones de hoy</translation>
    </message>
    <message>
        <source>the learner&apos;s name, as typed in workshop mode</source>
        <translation>el nombre del alumno, tal como se escribió en el modo taller</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: no problems found.</source>
        <translation>{file}: no se ha encontrado ningún problema.</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>Forgot 1 learner record.</source>
        <translation>Se ha olvidado 1 registro de alumno.</translation>
    </message>
    <message>
        <source>Forgot {count} learner records.</source>
        <translation>Se han olvidado {count} registros de alumnos.</translation>
    </message>
    <message>
        <source>{done} of {count} steps done</source>
        <translation>{done} de {count} pasos hechos</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>DATA_DIR</source>
        <translation>CARPETA_DATOS</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>FOTO</translation>
    </message>
    <message>
        <source>CALL_URL</source>
        <translation>ENLACE_LLAMADA</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>id</source>
        <translation>número</translation>
    </message>
    <message>
        <source>CONTACT_ID</source>
        <translation>NÚMERO_CONTACTO</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>IMAP_HOST</source>
        <translation>SERVIDOR_IMAP</translation>
    </message>
    <message>
        <source>IMAP_PORT</source>
        <translation>PUERTO_IMAP</translation>
    </message>
    <message>
        <source>SMTP_HOST</source>
        <translation>SERVIDOR_SMTP</translation>
    </message>
    <message>
        <source>SMTP_PORT</source>
        <translation>PUERTO_SMTP</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ARCHIVO_NUEVO</translation>
    </message>
    <message>
        <source>LEARNER</source>
        <translation>ALUMNO</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>alumno</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>these are needed too: {names}</source>
        <translation>también hace falta: {names}</translation>
    </message>
    <message>
        <source>these words are not understood: {words}</source>
        <translation>no se entienden estas palabras: {words}</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}: choose from {choices}</source>
        <translation>{argument} no puede ser {value}: elija entre {choices}</translation>
    </message>
    <message>
        <source>{argument} needs a value after it</source>
        <translation>{argument} necesita un valor detrás</translation>
    </message>
    <message>
        <source>{argument} needs a whole number, not {value}</source>
        <translation>{argument} necesita un número entero, no {value}</translation>
    </message>
    <message>
        <source>{argument} needs a size like 1280x800, not {value}</source>
        <translation>{argument} necesita un tamaño como 1280x800, no {value}</translation>
    </message>
    <message>
        <source>{option} could mean {matches}: please write it in full</source>
        <translation>{option} puede referirse a {matches}: escríbalo completo, por favor</translation>
    </message>
    <message>
        <source>{argument} takes no value, so not {value}</source>
        <translation>{argument} no lleva ningún valor: sobra {value}</translation>
    </message>
    <message>
        <source>{argument} takes one value at most</source>
        <translation>{argument} admite un valor como mucho</translation>
    </message>
    <message>
        <source>{argument} needs at least one value after it</source>
        <translation>{argument} necesita al menos un valor detrás</translation>
    </message>
    <message>
        <source>{argument} needs {count} values after it</source>
        <translation>{argument} necesita {count} valores detrás</translation>
    </message>
    <message>
        <source>{argument} cannot be {value}</source>
        <translation>{argument} no puede ser {value}</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}</source>
        <translation>{argument} no se puede usar junto con {other}</translation>
    </message>
    <message>
        <source>one of these is needed: {names}</source>
        <translation>hace falta uno de estos: {names}</translation>
    </message>
    <message>
        <source>{option} is not expected here</source>
        <translation>{option} no va aquí</translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <translation>{argument}: {message}</translation>
    </message>
    <message>
        <source>Good morning Mum! The sun is out here at last. Shall I call you after lunch?</source>
        <translation>¡Buenos días, mamá! Por fin ha salido el sol por aquí. ¿Te llamo después de comer?</translation>
    </message>
    <message>
        <source>Hi Gran! Look at the cake I made for Dad&apos;s birthday. It has real strawberries on top.</source>
        <translation>¡Hola, abuela! Mira la tarta que he hecho para el cumpleaños de papá. Lleva fresas de verdad por encima.</translation>
    </message>
    <message>
        <source>We went down to the harbour on Saturday. The boats were all out. Wish you had been there!</source>
        <translation>El sábado bajamos al puerto. Habían salido todos los barcos. ¡Ojalá hubieras estado allí!</translation>
    </message>
    <message>
        <source>Hello {name}, the roses in my garden have come out. They made me think of yours.</source>
        <translation>Hola, {name}: ya han florecido las rosas de mi jardín. Me han hecho pensar en las tuyas.</translation>
    </message>
    <message>
        <source>Don&apos;t forget the doctor&apos;s appointment on Thursday at 10. I&apos;ll pick you up at 9:30.</source>
        <translation>No olvides la cita con el médico el jueves a las 10. Te recojo a las 9:30.</translation>
    </message>
    <message>
        <source>Gran, I got a gold star at school for my painting of a house by the sea!</source>
        <translation>¡Abuela, en el cole me han dado una estrella dorada por mi dibujo de una casa junto al mar!</translation>
    </message>
    <message>
        <source>A picture from our walk in the hills. It was a long way up but worth it.</source>
        <translation>Una foto de nuestra excursión por el monte. La subida fue larga, pero mereció la pena.</translation>
    </message>
    <message>
        <source>Thank you for the lovely card. The children loved it.</source>
        <translation>Gracias por la tarjeta tan bonita. A los niños les ha encantado.</translation>
    </message>
    <message>
        <source>Beautiful evening here. Speak soon, your brother David.</source>
        <translation>¡Qué tarde tan bonita por aquí! Hablamos pronto. Tu hermano David.</translation>
    </message>
    <message>
        <source>We built a sandcastle as tall as me!</source>
        <translation>¡Hemos hecho un castillo de arena tan alto como yo!</translation>
    </message>
    <message>
        <source>The garden is looking lovely after all that rain.</source>
        <translation>El jardín está precioso después de tanta lluvia.</translation>
    </message>
    <message>
        <source>Love you Mum. Sleep well.</source>
        <translation>Te quiero, mamá. Que descanses.</translation>
    </message>
    <message>
        <source>The PIN must be exactly 4 digits, like 2580.</source>
        <translation>El PIN debe tener exactamente 4 cifras, como 2580.</translation>
    </message>
    <message>
        <source>CareLink can only use a video-call link that starts with https:// (from Zoom, Google Meet, Teams, WhatsApp or FaceTime), or a phone number.</source>
        <translation>CareLink solo puede usar un enlace de videollamada que empiece por https:// (de Zoom, Google Meet, Teams, WhatsApp o FaceTime), o un número de teléfono.</translation>
    </message>
    <message>
        <source>A Jitsi Meet server must use https://, like https://jitsi.example.org.</source>
        <translation>Un servidor Jitsi Meet debe usar https://, como https://jitsi.example.org.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Jitsi Meet server name. It looks like meet.jit.si.</source>
        <translation>&apos;{text}&apos; no es un nombre de servidor Jitsi Meet. Es algo como meet.jit.si.</translation>
    </message>
    <message>
        <source>There is no family contact to tell yet. The family can add one in Settings → Contacts.</source>
        <translation>Todavía no hay ningún contacto de la familia a quien avisar. La familia puede añadir uno en Ajustes → Contactos.</translation>
    </message>
    <message>
        <source>Nobody is set up to hear about a concern yet, so it cannot be sent. Please phone your family or someone you trust. (Whoever set up CareLink can add a carer in Settings → Contacts, or with &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</source>
        <translation>Todavía no hay nadie para enterarse de un problema, así que no se puede enviar. Por favor, llame a su familia o a alguien de confianza. (Quien instaló CareLink puede añadir un cuidador en Ajustes → Contactos, o con &apos;carelink contacts add NAME --email ADDRESS --role carer&apos;.)</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not a kind of concern. Choose one of: {kinds}.</source>
        <translation>&apos;{category}&apos; no es un tipo de problema. Elija uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>That is too long to send: {most} letters at most.</source>
        <translation>Es demasiado largo para enviarlo: {most} letras como máximo.</translation>
    </message>
    <message>
        <source>There is no concern number {number}.</source>
        <translation>No hay ningún problema con el número {number}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a photo CareLink can show. Use a JPEG, PNG or GIF picture.</source>
        <translation>&apos;{name}&apos; no es una foto que CareLink pueda mostrar. Use una imagen JPEG, PNG o GIF.</translation>
    </message>
    <message>
        <source>&apos;{phone}&apos; is not a phone number. It should look like 01234 567890 or +44 1234 567890.</source>
        <translation>&apos;{phone}&apos; no es un número de teléfono. Debería ser como 912 345 678 o +34 912 345 678.</translation>
    </message>
    <message>
        <source>Please give the contact a name.</source>
        <translation>Por favor, dé un nombre al contacto.</translation>
    </message>
    <message>
        <source>That name is too long: 100 letters at most.</source>
        <translation>Ese nombre es demasiado largo: 100 letras como máximo.</translation>
    </message>
    <message>
        <source>That photo is too large (over 20 MB). Please choose a smaller one.</source>
        <translation>Esa foto es demasiado grande (más de 20 MB). Por favor, elija una más pequeña.</translation>
    </message>
    <message>
        <source>CareLink could not open the photo &apos;{path}&apos;.</source>
        <translation>CareLink no pudo abrir la foto &apos;{path}&apos;.</translation>
    </message>
    <message>
        <source>A contact is either family or a carer.</source>
        <translation>Un contacto es de la familia o es un cuidador.</translation>
    </message>
    <message>
        <source>Only a carer can be the backup carer.</source>
        <translation>Solo un cuidador puede ser el cuidador suplente.</translation>
    </message>
    <message>
        <source>There is already a contact with the email address {email}.</source>
        <translation>Ya hay un contacto con la dirección de correo {email}.</translation>
    </message>
    <message>
        <source>There is no contact number {number}. &apos;carelink contacts list&apos; shows them.</source>
        <translation>No hay ningún contacto con el número {number}. &apos;carelink contacts list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>El correo todavía no está configurado.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>held for the family to look at</source>
        <translation>retenido para que la familia lo mire</translation>
    </message>
    <message>
        <source>not on the contact list</source>
        <translation>no está en la lista de contactos</translation>
    </message>
    <message>
        <source>the sender&apos;s email server says it may not really be from them</source>
        <translation>el servidor de correo del remitente dice que quizá no sea de verdad suyo</translation>
    </message>
    <message>
        <source>an automatic message (a read receipt, a delivery report or an out-of-office reply)</source>
        <translation>un mensaje automático (un acuse de lectura, un informe de entrega o una respuesta de ausencia)</translation>
    </message>
    <message>
        <source>That message is already on the wall.</source>
        <translation>Ese mensaje ya está en el tablón.</translation>
    </message>
    <message>
        <source>There is no held message number {number}. &apos;carelink held&apos; lists them.</source>
        <translation>No hay ningún mensaje retenido con el número {number}. &apos;carelink held&apos; los muestra.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language CareLink is written in. Choose one of: {languages}.</source>
        <translation>&apos;{value}&apos; no es un idioma en el que esté escrito CareLink. Elija uno de estos: {languages}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a locale. Write it as language-COUNTRY, for example en-GB or fr-FR.</source>
        <translation>&apos;{value}&apos; no es una configuración regional. Escríbala como idioma-PAÍS, por ejemplo es-ES o fr-FR.</translation>
    </message>
    <message>
        <source>(sent with CareLink)</source>
        <translation>(enviado con CareLink)</translation>
    </message>
    <message>
        <source>The first time you join on meet.jit.si, it asks you to sign in (with your Google account) to start the call.</source>
        <translation>La primera vez que se una en meet.jit.si, le pedirá que inicie sesión (con su cuenta de Google) para empezar la llamada.</translation>
    </message>
    <message>
        <source>I feel unwell</source>
        <translation>Me encuentro mal</translation>
    </message>
    <message>
        <source>I feel lonely or low</source>
        <translation>Soledad o tristeza</translation>
    </message>
    <message>
        <source>A problem with my care</source>
        <translation>Un problema con mis cuidados</translation>
    </message>
    <message>
        <source>Someone is worrying me</source>
        <translation>Alguien me preocupa</translation>
    </message>
    <message>
        <source>Something at home is broken</source>
        <translation>Algo se ha roto en casa</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time}</source>
        <translation>{weekday} {day} de {month} de {year} a las {time}</translation>
    </message>
    <message>
        <source>CareLink concern from {name}: {what} [{reference}]</source>
        <translation>Problema contado por {name} en CareLink: {what} [{reference}]</translation>
    </message>
    <message>
        <source>{name} did not add any words.</source>
        <translation>{name} no añadió palabras.</translation>
    </message>
    <message>
        <source>No carer is set up in CareLink yet, so this concern comes to {name}&apos;s family. (A carer can be added in CareLink&apos;s Settings → Contacts.)</source>
        <translation>Todavía no hay ningún cuidador en CareLink, así que este problema llega a la familia de {name}. (Se puede añadir un cuidador en CareLink, en Ajustes → Contactos.)</translation>
    </message>
    <message>
        <source>CareLink could not deliver this concern to {carer} (the mail server refused their address), so it is sending it to you instead.</source>
        <translation>CareLink no pudo entregar este problema a {carer} (el servidor de correo rechazó su dirección), así que se lo envía a usted.</translation>
    </message>
    <message>
        <source>{carer} has not answered this concern yet, so CareLink is sending it to you too.</source>
        <translation>{carer} todavía no ha contestado a este problema, así que CareLink se lo envía también a usted.</translation>
    </message>
    <message>
        <source>What is wrong: {what}</source>
        <translation>Qué ocurre: {what}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Cuándo: {when}</translation>
    </message>
    <message>
        <source>In {name}&apos;s own words: {words}</source>
        <translation>Con las palabras de {name}: {words}</translation>
    </message>
    <message>
        <source>Would like a call back: {answer}</source>
        <translation>Quiere que le llamen: {answer}</translation>
    </message>
    <message>
        <source>Please reply to this email to let {name} know you have seen it. Any reply will do.</source>
        <translation>Por favor, conteste a este correo para que {name} sepa que lo ha visto. Cualquier respuesta vale.</translation>
    </message>
    <message>
        <source>CareLink is not an emergency service. If {name} may be in danger, call {number}.</source>
        <translation>CareLink no es un servicio de emergencias. Si {name} puede estar en peligro, llame al {number}.</translation>
    </message>
    <message>
        <source>Reference: CareLink concern {reference}</source>
        <translation>Referencia: problema de CareLink {reference}</translation>
    </message>
    <message>
        <source>{name} is OK today</source>
        <translation>{name} está bien hoy</translation>
    </message>
    <message>
        <source>{name} has not checked in today</source>
        <translation>{name} no ha dicho hoy que está bien</translation>
    </message>
    <message>
        <source>{name} would like a video call now</source>
        <translation>A {name} le gustaría hacer una videollamada ahora</translation>
    </message>
    <message>
        <source>A message from {name}</source>
        <translation>Un mensaje de {name}</translation>
    </message>
    <message>
        <source>The person you care for</source>
        <translation>La persona a la que cuida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{name} has reported a concern with CareLink.</source>
        <translation>{name} ha contado un problema mediante CareLink.</translation>
    </message>
    <message>
        <source>Your family member</source>
        <translation>Su familiar</translation>
    </message>
    <message>
        <source>{name} says they&apos;re OK today ({time}).</source>
        <translation>{name} dice que hoy está bien ({time}).</translation>
    </message>
    <message>
        <source>{name} would like a video call now — join here: {link}</source>
        <translation>A {name} le gustaría hacer una videollamada ahora. Únase aquí: {link}</translation>
    </message>
    <message>
        <source>someone you care for</source>
        <translation>alguien a quien usted cuida</translation>
    </message>
    <message>
        <source>(sent by CareLink)</source>
        <translation>(enviado por CareLink)</translation>
    </message>
    <message>
        <source>It may be nothing — but please give {name} a call to check they are all right.</source>
        <translation>Puede que no sea nada, pero por favor llame a {name} para comprobar que está bien.</translation>
    </message>
    <message>
        <source>{name} has not tapped &quot;I&apos;m OK today&quot; in CareLink by {time} today.</source>
        <translation>{name} no ha tocado &quot;Hoy estoy bien&quot; en CareLink antes de las {time} de hoy.</translation>
    </message>
    <message>
        <source>There is nobody to send this to.</source>
        <translation>No hay nadie a quien enviar esto.</translation>
    </message>
    <message>
        <source>There is nothing in the outbox with number {number}.</source>
        <translation>No hay nada en la bandeja de salida con el número {number}.</translation>
    </message>
    <message>
        <source>Something went wrong while sending ({kind}).</source>
        <translation>Algo salió mal al enviar ({kind}).</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <translation>{count} GB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
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
        <translation>Por favor, escriba algo para enviar.</translation>
    </message>
    <message>
        <source>That reply is too long to send: {most} letters at most.</source>
        <translation>Esa respuesta es demasiado larga para enviarla: {most} letras como máximo.</translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation>Escriba on u off.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time. Write it like 30 minutes or 2 hours (or 90s, 30m, 2h).</source>
        <translation>&apos;{text}&apos; no es una duración. Escríbala como 30 minutos o 2 horas (o 90s, 30m, 2h).</translation>
    </message>
    <message>
        <source>The name must be between 1 and 60 ordinary letters long.</source>
        <translation>El nombre debe tener entre 1 y 60 letras normales.</translation>
    </message>
    <message>
        <source>That is not the name of a voice.</source>
        <translation>Ese no es el nombre de una voz.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number. Use digits, like 999 or 112.</source>
        <translation>&apos;{value}&apos; no es un número de teléfono. Use cifras, como 112.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it like 11:00 (or leave it empty to turn it off).</source>
        <translation>&apos;{value}&apos; no es una hora del día. Escríbala como 11:00 (o déjela vacía para desactivarlo).</translation>
    </message>
    <message>
        <source>{what} must be one of: {options}.</source>
        <translation>{what} debe ser uno de estos: {options}.</translation>
    </message>
    <message>
        <source>the older adult&apos;s first name, used on screens and in emails</source>
        <translation>el nombre de pila de la persona mayor, usado en las pantallas y en los correos</translation>
    </message>
    <message>
        <source>text size in percent: 100, 125, 150 or 200</source>
        <translation>tamaño del texto en porcentaje: 100, 125, 150 o 200</translation>
    </message>
    <message>
        <source>high-contrast colours: on or off</source>
        <translation>colores de alto contraste: on u off</translation>
    </message>
    <message>
        <source>full screen, always, with no window controls; closing CareLink needs the PIN: on or off</source>
        <translation>pantalla completa, siempre, sin botones de ventana; cerrar CareLink pide el PIN: on u off</translation>
    </message>
    <message>
        <source>the read-aloud voice&apos;s id (empty: the computer&apos;s default)</source>
        <translation>el identificador de la voz de lectura (vacío: la del ordenador)</translation>
    </message>
    <message>
        <source>read-aloud speed: slow, normal or fast</source>
        <translation>velocidad de lectura en voz alta: slow, normal o fast</translation>
    </message>
    <message>
        <source>how loud voice messages and videos play on the wall, in percent: 25, 50, 75 or 100</source>
        <translation>volumen de los mensajes de voz y los vídeos del tablón, en porcentaje: 25, 50, 75 o 100</translation>
    </message>
    <message>
        <source>language and country, like en-GB (empty: the computer&apos;s own)</source>
        <translation>idioma y país, como es-ES (vacío: los del ordenador)</translation>
    </message>
    <message>
        <source>the number to call in danger (empty: the locale&apos;s own)</source>
        <translation>el número al que llamar en peligro (vacío: el del país elegido)</translation>
    </message>
    <message>
        <source>how long a carer has to answer a concern before the backup carer is told (90s, 30m, 2h)</source>
        <translation>cuánto tiempo tiene un cuidador para responder a un problema antes de avisar al cuidador suplente (90s, 30m, 2h)</translation>
    </message>
    <message>
        <source>the time of day by which &apos;I&apos;m OK today&apos; is expected (HH:MM; empty turns the alert off)</source>
        <translation>la hora a la que se espera «Hoy estoy bien» (HH:MM; vacío apaga el aviso)</translation>
    </message>
    <message>
        <source>also tell the carers about a missed check-in: on or off</source>
        <translation>avisar también a los cuidadores si falta el «Hoy estoy bien»: on u off</translation>
    </message>
    <message>
        <source>the Jitsi Meet server for video calls</source>
        <translation>el servidor de Jitsi Meet para las videollamadas</translation>
    </message>
    <message>
        <source>keep each photo as it came beside its display copy (about ten times the room; turning it off asks before removing the originals kept): on or off</source>
        <translation>guardar cada foto tal como llegó junto a su copia para mostrar (unas diez veces más espacio; al apagarlo se pregunta antes de quitar los originales guardados): on u off</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{key}&apos;. The settings are: {keys}.</source>
        <translation>No hay ningún ajuste llamado &apos;{key}&apos;. Los ajustes son: {keys}.</translation>
    </message>
    <message>
        <source>Please type the number to call in an emergency there, like 112.</source>
        <translation>Por favor, escriba el número al que llamar en una emergencia allí, como 112.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not one of the countries offered: {countries}.</source>
        <translation>&apos;{country}&apos; no es uno de los países que se ofrecen: {countries}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged and there was no good copy to put back, so CareLink has started afresh. The damaged file has been kept for your family to look at.</source>
        <translation>El archivo de datos de CareLink estaba dañado y no había ninguna copia buena para recuperarlo, así que CareLink ha empezado de nuevo. El archivo dañado se ha guardado para que su familia lo revise.</translation>
    </message>
    <message>
        <source>CareLink&apos;s data file was damaged, so it has been put back as it was on {when}. Anything that arrived after that will be fetched again.</source>
        <translation>El archivo de datos de CareLink estaba dañado, así que se ha dejado como estaba el {when}. Lo que llegó después se volverá a recibir.</translation>
    </message>
    <message>
        <source>{things} from after that time have been put back too.</source>
        <translation>También se han recuperado {things} de después de ese momento.</translation>
    </message>
    <message>
        <source>{thing} from after that time has been put back too.</source>
        <translation>También se ha recuperado {thing} de después de ese momento.</translation>
    </message>
    <message>
        <source>{records} could not be put back.</source>
        <translation>No se ha podido recuperar: {records}.</translation>
    </message>
    <message>
        <source>Changes to contacts or settings made after that time could not be recovered: please ask your family to check them.</source>
        <translation>Los cambios en contactos o ajustes hechos después de ese momento no se han podido recuperar: pida a su familia que los revise.</translation>
    </message>
    <message>
        <source>1 concern</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>{count} concerns</source>
        <translation>{count} problemas</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 correo</translation>
    </message>
    <message>
        <source>{count} emails</source>
        <translation>{count} correos</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>CareLink can&apos;t send messages yet — ask your family to set up email</source>
        <translation>CareLink todavía no puede enviar mensajes: pida a su familia que configure el correo</translation>
    </message>
    <message>
        <source>Your family needs to check the email password</source>
        <translation>Su familia tiene que revisar la contraseña del correo</translation>
    </message>
    <message>
        <source>Offline — messages will go when the connection is back</source>
        <translation>Sin conexión: los mensajes saldrán cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Line {line} (step {step})</source>
        <translation>Línea {line} (paso {step})</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened ({problem}).</source>
        <translation>No se puede abrir el archivo {path} ({problem}).</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (choose UTF-8 when saving it).</source>
        <translation>El archivo no está guardado como texto UTF-8 (elija UTF-8 al guardarlo).</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. Did you mean {near}?</source>
        <translation>Línea {line}: no hay ninguna pantalla &apos;{screen}&apos;. ¿Quería decir {near}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no screen &apos;{screen}&apos;. The screens are: {screens}.</source>
        <translation>Línea {line}: no hay ninguna pantalla &apos;{screen}&apos;. Las pantallas son: {screens}.</translation>
    </message>
    <message>
        <source>{where}: the step has no &apos;say&apos; (the words the learner reads and hears).</source>
        <translation>{where}: el paso no tiene &apos;say&apos; (las palabras que el alumno lee y oye).</translation>
    </message>
    <message>
        <source>{where}: the step does not name its &apos;control&apos;.</source>
        <translation>{where}: el paso no indica su &apos;control&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: there is no action &apos;{action}&apos;. The actions are: {actions}.</source>
        <translation>Línea {line}: no hay ninguna acción &apos;{action}&apos;. Las acciones son: {actions}.</translation>
    </message>
    <message>
        <source>The lesson cannot be used: {problem}.</source>
        <translation>No se puede usar la lección: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;. Did you mean {nearest}?</source>
        <translation>Línea {line}: no hay ningún control &apos;{control}&apos;. ¿Quería decir {nearest}?</translation>
    </message>
    <message>
        <source>Line {line}: there is no control &apos;{control}&apos;.</source>
        <translation>Línea {line}: no hay ningún control &apos;{control}&apos;.</translation>
    </message>
    <message>
        <source>The lesson file {name} cannot be used: {problem}.</source>
        <translation>No se puede usar el archivo de lección {name}: {problem}.</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{lesson}&apos;. The lessons are: {known}.</source>
        <translation>No hay ninguna lección llamada &apos;{lesson}&apos;. Las lecciones son: {known}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>No se puede leer el archivo ({problem}); revise sus comillas y el signo =</translation>
    </message>
    <message>
        <source>the lesson needs &apos;{key}&apos; as some words in quotes</source>
        <translation>la lección necesita &apos;{key}&apos; con unas palabras entre comillas</translation>
    </message>
    <message>
        <source>step {number} is not a [[steps]] table</source>
        <translation>el paso {number} no es una tabla [[steps]]</translation>
    </message>
    <message>
        <source>step {number} has &apos;{key}&apos;, which a step does not use (check the spelling)</source>
        <translation>el paso {number} tiene &apos;{key}&apos;, que un paso no usa (revise cómo está escrito)</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is not a control&apos;s name</source>
        <translation>en el paso {number}, &apos;{control}&apos; no es el nombre de un control</translation>
    </message>
    <message>
        <source>step {number}&apos;s action &apos;{action}&apos; must be one of: {choices}</source>
        <translation>en el paso {number}, la acción &apos;{action}&apos; debe ser una de: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s until &apos;{until}&apos; must be one of: {choices}</source>
        <translation>en el paso {number}, until &apos;{until}&apos; debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must start with one of: {choices}</source>
        <translation>en el paso {number}, family &apos;{family}&apos; debe empezar por uno de: {choices}</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must name one address, like: call tom@example.org</source>
        <translation>en el paso {number}, family &apos;{family}&apos; debe indicar una sola dirección, como: call tom@example.org</translation>
    </message>
    <message>
        <source>step {number}&apos;s family &apos;{family}&apos; must be the one word: scam</source>
        <translation>en el paso {number}, family &apos;{family}&apos; debe ser solo la palabra: scam</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen</source>
        <translation>en el paso {number}, el control &apos;{control}&apos; no está en ninguna pantalla</translation>
    </message>
    <message>
        <source>it has &apos;{key}&apos;, which a lesson does not use (check the spelling)</source>
        <translation>el archivo tiene &apos;{key}&apos;, que una lección no usa (revise cómo está escrito)</translation>
    </message>
    <message>
        <source>it has no [[steps]]</source>
        <translation>el archivo no tiene ningún [[steps]]</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation>&apos;order&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Línea {line}</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{where}: the words are not closed with a quote mark at the end of the line</source>
        <translation>{where}: las palabras no se cierran con comillas al final de la línea</translation>
    </message>
    <message>
        <source>{where}: each line should be a name, an = sign and words in quotes, like: say = &quot;Tap Messages&quot;</source>
        <translation>{where}: cada línea debe ser un nombre, un signo = y palabras entre comillas, como: say = &quot;Toque Mensajes&quot;</translation>
    </message>
    <message>
        <source>{where}: this name is given twice in the same step</source>
        <translation>{where}: este nombre aparece dos veces en el mismo paso</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({problem}); check its quote marks and = sign</source>
        <translation>No se puede leer la línea {line} ({problem}); revise sus comillas y el signo =</translation>
    </message>
    <message>
        <source>its name must be small letters, numbers and dashes, like reply.toml</source>
        <translation>el nombre del archivo debe llevar solo minúsculas, números y guiones, como reply.toml</translation>
    </message>
    <message>
        <source>step {number} needs &apos;{key}&apos; as some words in quotes</source>
        <translation>el paso {number} necesita &apos;{key}&apos; con unas palabras entre comillas</translation>
    </message>
    <message>
        <source>step {number}&apos;s control &apos;{control}&apos; is on no screen (did you mean {nearest}?)</source>
        <translation>en el paso {number}, el control &apos;{control}&apos; no está en ninguna pantalla (¿quería decir {nearest}?)</translation>
    </message>
    <message>
        <source>it is not saved as UTF-8 text (choose UTF-8 when saving it)</source>
        <translation>el archivo no está guardado como texto UTF-8 (elija UTF-8 al guardarlo)</translation>
    </message>
    <message>
        <source>There is no lessons folder at {folder}.</source>
        <translation>No hay ninguna carpeta de lecciones en {folder}.</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! Speak soon.</source>
        <translation>¡Qué alegría saber de ti, {name}! Hablamos pronto.</translation>
    </message>
    <message>
        <source>Thank you for telling me, {name}. I&apos;ll call you this afternoon.</source>
        <translation>Gracias por contármelo, {name}. Le llamo esta tarde.</translation>
    </message>
    <message>
        <source>Glad you&apos;re well today, {name}! Have a lovely day.</source>
        <translation>¡Qué bien que hoy estés bien, {name}! Que pases un buen día.</translation>
    </message>
    <message>
        <source>Thank you for your message, {name}. See you soon.</source>
        <translation>Gracias por su mensaje, {name}. Hasta pronto.</translation>
    </message>
    <message>
        <source>Love, {name}</source>
        <translation>Con cariño, {name}</translation>
    </message>
    <message>
        <source>dear</source>
        <translation>cariño</translation>
    </message>
    <message>
        <source>URGENT: your bank account is locked</source>
        <translation>URGENTE: su cuenta bancaria está bloqueada</translation>
    </message>
    <message>
        <source>Dear customer, your bank account has been locked. To unlock it, reply today with your password and your card number, or your money will be lost.</source>
        <translation>Estimado cliente: su cuenta bancaria ha sido bloqueada. Para desbloquearla, responda hoy con su contraseña y su número de tarjeta, o perderá su dinero.</translation>
    </message>
    <message>
        <source>(a pretend scam message, made by CareLink&apos;s tutorial for practice)</source>
        <translation>(un mensaje de estafa de mentira, hecho por el taller de CareLink para practicar)</translation>
    </message>
    <message>
        <source>{who} would like a video call now</source>
        <translation>{who} quiere hacer una videollamada ahora</translation>
    </message>
    <message>
        <source>{who} would like a video call now — join here: {link}</source>
        <translation>{who} quiere hacer una videollamada ahora — únase aquí: {link}</translation>
    </message>
    <message>
        <source>(a practice call in CareLink&apos;s tutorial)</source>
        <translation>(una llamada de práctica en el taller de CareLink)</translation>
    </message>
    <message>
        <source>Lovely to hear from you, {name}! I&apos;ll ring you at the weekend.</source>
        <translation>¡Qué alegría saber de ti, {name}! Te llamo el fin de semana.</translation>
    </message>
    <message>
        <source>Thanks for your message, {name}! It made my day. Speak soon.</source>
        <translation>¡Gracias por tu mensaje, {name}! Me has alegrado el día. Hablamos pronto.</translation>
    </message>
    <message>
        <source>Hello {name}! Thank you for writing to me. I&apos;m painting you a picture.</source>
        <translation>¡Hola, {name}! Gracias por escribirme. Te estoy pintando un dibujo.</translation>
    </message>
    <message>
        <source>Good to hear from you, {name}. The roses are still out, I&apos;ll send you a photo.</source>
        <translation>Me alegra saber de ti, {name}. Las rosas siguen en flor, te mando una foto.</translation>
    </message>
    <message>
        <source>{email} is not in the pretend family, so they cannot call.</source>
        <translation>{email} no está en la familia de prueba, así que no puede llamar.</translation>
    </message>
    <message>
        <source>The learner&apos;s name must be between 1 and {most} ordinary letters long.</source>
        <translation>El nombre del alumno debe tener entre 1 y {most} letras normales.</translation>
    </message>
    <message>
        <source>A lesson needs a short name.</source>
        <translation>Una lección necesita un nombre corto.</translation>
    </message>
    <message>
        <source>A lesson has at least one step.</source>
        <translation>Una lección tiene al menos un paso.</translation>
    </message>
    <message>
        <source>There is no learner record number {number}.</source>
        <translation>No hay ningún registro de alumno con el número {number}.</translation>
    </message>
    <message>
        <source>Lesson &apos;{lesson}&apos; has steps 1 to {steps}, not {step}.</source>
        <translation>La lección &apos;{lesson}&apos; tiene los pasos del 1 al {steps}, no el {step}.</translation>
    </message>
    <message>
        <source>There is no message number {number} on the wall.</source>
        <translation>No hay ningún mensaje con el número {number} en el tablón.</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this computer. Ask your family to install a speech voice (on Linux: the espeak-ng package).</source>
        <translation>Leer en voz alta no está disponible en este ordenador. Pida a su familia que instale una voz (en Linux: el paquete espeak-ng).</translation>
    </message>
    <message>
        <source>Reading aloud is not answering just now. Please try again in a moment.</source>
        <translation>Leer en voz alta no responde ahora mismo. Por favor, inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Reading aloud did not work this time. Please try again.</source>
        <translation>Leer en voz alta no ha funcionado esta vez. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This computer cannot play sound, so nothing can be read aloud. Ask your family to install a sound player (on Linux: the alsa-utils package).</source>
        <translation>Este ordenador no puede reproducir sonido, así que no se puede leer nada en voz alta. Pida a su familia que instale un reproductor de sonido (en Linux: el paquete alsa-utils).</translation>
    </message>
    <message>
        <source>This computer is out of space, so CareLink cannot save anything just now. Nothing has been lost: please free some space (or ask your family to help), and CareLink will carry on.</source>
        <translation>Este ordenador no tiene espacio, así que CareLink no puede guardar nada ahora mismo. No se ha perdido nada: por favor, libere algo de espacio (o pida ayuda a su familia), y CareLink seguirá.</translation>
    </message>
    <message>
        <source>CareLink is not allowed to save in its data folder (it may be read-only). Nothing has been lost: please ask your family to check the folder.</source>
        <translation>CareLink no tiene permiso para guardar en su carpeta de datos (puede que sea de solo lectura). No se ha perdido nada: por favor, pida a su familia que revise la carpeta.</translation>
    </message>
    <message>
        <source>CareLink could not read or write its data on this computer&apos;s disk. Nothing has been changed: please try again, or ask your family to check the computer.</source>
        <translation>CareLink no pudo leer ni escribir sus datos en el disco de este ordenador. No ha cambiado nada: por favor, inténtelo de nuevo, o pida a su familia que revise el ordenador.</translation>
    </message>
    <message>
        <source>This CareLink data was saved by a newer version of CareLink. Please install the newest version of CareLink to open it.</source>
        <translation>Estos datos de CareLink los guardó una versión más nueva de CareLink. Por favor, instale la versión más nueva de CareLink para abrirlos.</translation>
    </message>
    <message>
        <source>Another CareLink is busy with this household&apos;s data. Please wait a minute and try again.</source>
        <translation>Otro CareLink está usando los datos de esta casa. Por favor, espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>CareLink needs a screen to show its window, and this session has none. Start it from the desktop (or use &apos;carelink screenshot&apos; to save a picture instead).</source>
        <translation>CareLink necesita una pantalla para mostrar su ventana, y esta sesión no tiene ninguna. Ábralo desde el escritorio (o use &apos;carelink screenshot&apos; para guardar una imagen).</translation>
    </message>
    <message>
        <source>The camera check page could not be shown on this computer.</source>
        <translation>La página para comprobar la cámara no se pudo mostrar en este ordenador.</translation>
    </message>
    <message>
        <source>CareLink could not save the picture to {path}.</source>
        <translation>CareLink no pudo guardar la imagen en {path}.</translation>
    </message>
    <message>
        <source>The handout for the lesson &quot;{title}&quot; could not be made: at step {number}, {what}. Check the lesson file {file}.</source>
        <translation>No se pudo hacer la ficha de la lección &quot;{title}&quot;: en el paso {number}, {what}. Revise el archivo de la lección {file}.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is busy just now (in another call, or a lesson), so this call was not started and {name} was not invited. Please try again when it is free.</source>
        <translation type="vanished">La ventana de CareLink está ocupada ahora (en otra llamada o en una lección), así que esta llamada no se ha iniciado y no se ha invitado a {name}. Vuelva a intentarlo cuando esté libre.</translation>
    </message>
    <message>
        <source>The call opens in CareLink&apos;s window.</source>
        <translation type="vanished">La llamada se abre en la ventana de CareLink.</translation>
    </message>
    <message>
        <source>CareLink&apos;s window is in another call just now, so this one was not opened.</source>
        <translation type="vanished">La ventana de CareLink está en otra llamada ahora mismo, así que esta no se abrió.</translation>
    </message>
</context>
</TS>
