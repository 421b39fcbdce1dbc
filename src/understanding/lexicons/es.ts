// Spanish as sellers and creators in Spain and Latin America type it, with or without accents: its words,
// commands, yes/no, person requests, out-of-scope topics and facts. Patterns are written without accents.
import type { Lexicon } from '../lexicon.ts';

/** Endings that inflect a word without changing what it is about, longest first. */
const ENDINGS = 'aciones amiento imiento adores adoras ciones acion iendo ieron ando ados adas idos idas aron amos emos imos aste iste ador ado ada ido ida ion ar er ir as es os an en io ia o a e'.split(' ');

/** "vinculé", "vinculada", "vincular", "vinculación" → "vincul": a light stemmer for plain letters. */
export function stemEs(word: string): string {
  if (!/^[a-zñ]+$/.test(word) || word.length <= 4) return word;
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

/** Market code → the names people give it, its big cities and demonyms among them. */
const MARKETS: readonly (readonly [RegExp, string])[] = [
  // Big cities and demonyms name the market as well as the country does ("vendo desde Monterrey").
  [/\b(estados unidos|eeuu|ee uu|usa|estadounidense|nueva york|los angeles|miami|houston|chicago|california|texas|florida)\b/, 'US'],
  [/\b(reino unido|inglaterra|gran bretana|londres|britanic[ao])\b/, 'GB'],
  [/\b(espana|espanola|espanoles|espanolas|madrid|barcelona|valencia|sevilla|malaga|bilbao|zaragoza|murcia|alicante|canarias|tenerife|mallorca|andalucia|cataluna|catalunya|galicia)\b/, 'ES'],
  [/\b(mexico|mexicana|mexicano|mexicanos|cdmx|(el|del|en) df|guadalajara|monterrey|puebla|tijuana|queretaro|cancun|toluca|ciudad juarez|chihuahua|oaxaca|veracruz|jalisco|nuevo leon|edomex|estado de mexico|zapopan|culiacan|hermosillo|aguascalientes|san luis potosi)\b/, 'MX'],
  [/\b(indonesia)\b/, 'ID'],
  [/\b(vietnam)\b/, 'VN'],
  [/\b(tailandia)\b/, 'TH'],
  [/\b(malasia)\b/, 'MY'],
  [/\b(filipinas)\b/, 'PH'],
  [/\b(singapur)\b/, 'SG'],
  [/\b(alemania)\b/, 'DE'],
  [/\b(francia)\b/, 'FR'],
  [/\b(italia)\b/, 'IT'],
  [/\b(irlanda)\b/, 'IE'],
  [/\b(japon)\b/, 'JP'],
  [/\b(brasil)\b/, 'BR'],
  [/\b(colombia|colombian[ao]|bogota|medellin|cali|barranquilla|bucaramanga)\b/, 'CO'],
  [/\b(argentina|argentin[ao]|buenos aires|mendoza)\b/, 'AR'],
  [/\b(chile|chilen[ao]|santiago de chile|valparaiso)\b/, 'CL'],
  [/\b(peru|peruan[ao]|en lima)\b/, 'PE'],
  [/\b(venezuela|venezolan[ao]|caracas)\b/, 'VE'],
  [/\b(ecuador|ecuatorian[ao]|guayaquil|quito)\b/, 'EC'],
  [/\b(bolivia)\b/, 'BO'],
  [/\b(uruguay|montevideo)\b/, 'UY'],
  [/\b(paraguay)\b/, 'PY'],
  [/\b(guatemala)\b/, 'GT'],
  [/\b(honduras)\b/, 'HN'],
  [/\b(el salvador)\b/, 'SV'],
  [/\b(costa rica)\b/, 'CR'],
  [/\b(panama)\b/, 'PA'],
  [/\b(republica dominicana|santo domingo)\b/, 'DO'],
];

/** Any place a market is named by ("colombia", "monterrey"), for asking whether TikTok Shop is there. */
const PLACE = MARKETS.map(([re]) => re.source.replace(/^\\b\((.*)\)\\b$/, '$1')).join('|');

/** Who may link or sell: followers, age, requirements. */
const ELIGIBLE = /\b(requisitos?|requerimientos?|cuant[oa]s seguidores|minimo de seguidores|seguidores (como )?minimo|(edad|seguidores) minim[ao]s?|(todavia|aun) (puedo|podemos|se puede) (vincular|vender|conectar|enlazar)|(esta|funciona|existe|hay) tiktok shop en|tiktok shop (esta |funciona |existe )?(disponible )?en (mi pais|que paises)|soy menor( de edad)?|cumplo (con )?(los )?requisitos|soy elegible|(tengo|tenemos) (1[0-7]|[1-9]) anos)\b/;

/** Whether TikTok Shop is there at all ("tiktok shop funciona en colombia?", "en que paises esta"): asked before any linking. */
const AVAILABLE = new RegExp(
  String.raw`\b(tiktok shop (ya )?(esta|funciona|existe|opera|sirve|llego|llega|aplica|jala)( disponible| habilitad[ao]| activ[ao])? (en|para|a) (mi pais|tu pais|(que|cuales) paises|latam|latinoamerica|${PLACE})` +
    String.raw`|(esta|funciona|existe|hay|opera|llego|llega|va a llegar) (ya )?tiktok shop (en|a)` +
    String.raw`|(en|a) (que|cuales) paises (\w+ ){0,2}(esta|funciona|existe|hay|opera|llego|llega|se puede|puedo)` +
    String.raw`|(funciona|esta disponible|existe|opera|hay) (en|para) (mi pais|${PLACE}) (el |la )?tiktok shop` +
    String.raw`|(se puede|puedo|podemos) (usar|abrir|tener) tiktok shop (en|desde) (mi pais|${PLACE}))\b`,
);

/** Whether one may link or sell at all: the checklist's question, however much it sounds like the steps. */
const CHECKLIST = new RegExp(`${ELIGIBLE.source}|${AVAILABLE.source}`);

export const ES: Lexicon = {
  code: 'es',
  filler:
    'el la los las lo le les un una unos unas y e o u que de del al a en con por para sin mi mis me te se tu tus su sus es son era fue ser estar esta este esto estoy estas estan está están he ha han hay hola buenas buenos gracias porfa porfavor favor xfa plis pls oye hey bueno pues entonces ya como cuando donde cual quien muy tambien también algo alguna alguno nada todo toda ahora aqui aquí ahi ahí solo sólo pero si sí eso esa ese yo nos nosotros usted ustedes ayuda ayudar ayudame ayúdame tengo tiene tienen hacer hago hice puedo puede pueden quiero saber sé soy eres somos todavia todavía aun aún sigue seguir sigo quedo quedó queda quedar ahorita explica explicas explican explicame explícame expliquen explicar poder podemos podria podría podre podré pa pal nomas nomás porfis wey guey güey parce parcero che tio tío tia tía bro compa mano listo q k ke xq pq porq tb tmb tmbn kiero kero xfavor osea ps pos'.split(' '),
  synonyms: {
    tienda: 'shop', tiendita: 'shop', comercio: 'shop', negocio: 'shop',
    vincular: 'link', vinculo: 'link', vinculacion: 'link', enlazar: 'link', enlace: 'link', conectar: 'link', conexion: 'link', asociar: 'link', ligar: 'link', sincronizar: 'link', linkear: 'link', linkeo: 'link', amarrada: 'link', amarrado: 'link', unir: 'link', vinculé: 'link',
    desvincular: 'unlink', desvinculacion: 'unlink', desconectar: 'unlink', desenlazar: 'unlink', quitar: 'unlink',
    codigo: 'code', escanear: 'scan', escaneo: 'scan', scanear: 'scan', escanner: 'scan', leer: 'read', lee: 'read', lector: 'read',
    autorizar: 'authorize', autorizacion: 'authorize', permiso: 'authorize',
    fallar: 'fail', fallo: 'fail', falla: 'fail', fallida: 'fail', fallido: 'fail', error: 'fail', errores: 'fail',
    cuenta: 'account', perfil: 'profile', bolsa: 'bag', bolsita: 'bag', carrito: 'bag', canasta: 'bag', cesta: 'bag', icono: 'icon', simbolo: 'icon', logo: 'icon', pestaña: 'tab', boton: 'button',
    desaparecer: 'miss', desaparecio: 'miss', falta: 'miss', perdido: 'miss', aparecer: 'show', aparece: 'show', mostrar: 'show', muestra: 'show', visible: 'show', ver: 'show', veo: 'show', sale: 'show', figura: 'show', figurar: 'show',
    vendedor: 'seller', vendedora: 'seller', comerciante: 'seller', creador: 'creator', creadora: 'creator', afiliado: 'affiliate', afiliada: 'affiliate',
    vender: 'sell', venta: 'sell', vendo: 'sell', producto: 'product', articulo: 'product', video: 'video', clip: 'video', directo: 'live', vivo: 'live',
    otra: 'other', otro: 'other', diferente: 'other', distinta: 'other', distinto: 'other', anterior: 'old', antigua: 'old', antiguo: 'old', vieja: 'old', viejo: 'old', previa: 'old', nueva: 'new', nuevo: 'new',
    telefono: 'phone', celular: 'phone', cel: 'phone', celu: 'phone', cell: 'phone', pc: 'computer', movil: 'phone', computadora: 'computer', compu: 'computer', ordenador: 'computer', portatil: 'computer', laptop: 'computer', camara: 'camera', aplicacion: 'app',
    requisito: 'eligible', requerimiento: 'eligible', elegible: 'eligible', pais: 'country', paises: 'country', region: 'region', edad: 'age', años: 'age', anos: 'age', seguidor: 'follower', minimo: 'minimum', minima: 'minimum',
    invitacion: 'invite', invitar: 'invite', comision: 'commission', marca: 'brand', escaparate: 'showcase', vitrina: 'showcase', mercado: 'marketplace', etiquetar: 'tag', agencia: 'agency', socio: 'partner', empleado: 'employee',
    cargar: 'load', cargando: 'load', girar: 'spin', pantalla: 'screen', mismo: 'same', pendiente: 'pending', aprobar: 'approved', aprobada: 'approved', aprobado: 'approved', revision: 'review',
    oficial: 'official', paso: 'step', pasos: 'step', dueño: 'owner', dueno: 'owner', equivocada: 'wrong', equivocado: 'wrong', incorrecta: 'wrong', mover: 'move', transferir: 'transfer', cambiar: 'change',
    consejo: 'tip', consejos: 'tip', tips: 'tip', truco: 'tip', trucos: 'tip', recomendaciones: 'tip', promocionar: 'promote', promover: 'promote', ganar: 'earn', marketing: 'marketing', anuncio: 'ads', publicidad: 'ads', segunda: 'second', segundo: 'second', extra: 'extra', adicional: 'extra',
    // "Agregar", "añadir", "sumar" and Mexico's "meter" a second account are one ask, as is English "add".
    agregar: 'add', añadir: 'add', anadir: 'add', sumar: 'add', meter: 'add', meto: 'add', mete: 'add',
    necesito: 'need', necesita: 'need', necesitas: 'need', requiero: 'need', pide: 'need', piden: 'need', exige: 'need', exigen: 'need', ocupo: 'need', ocupa: 'need', empezar: 'start', comenzar: 'start', primero: 'first', amarillo: 'bag', amarilla: 'bag',
    atorado: 'stuck', atorada: 'stuck', atascado: 'stuck', atascada: 'stuck', trabado: 'stuck', estancado: 'stuck', dice: 'say', dicen: 'say', decir: 'say', pone: 'say',
    no: 'not', nunca: 'not', mas: 'more', más: 'more', ventaja: 'benefit', beneficio: 'benefit', conviene: 'worth', gano: 'benefit',
  },
  compounds: {
    'centro de vendedores': 'seller center', 'centro de vendedor': 'seller center',
    'necesito ayuda': '', 'necesito que me ayuden': '', 'carrito amarillo': 'bag', 'bolsa amarilla': 'bag', 'canasta amarilla': 'bag', 'mayor de edad': 'age', 'menor de edad': 'age', 'por que': 'reason', 'para que': 'reason', 'vale la pena': 'worth', 'codigo qr': 'qr code', 'antes de': 'before', 'despues de': 'after', 'después de': 'after', 'iniciar sesion': 'log in', 'en vivo': 'live', 'transmision en vivo': 'live', 'cuenta oficial': 'official account',
    // "No sé cómo conectar" asks how to connect: the "no" of not knowing is no "not" of the problem.
    // Where someone lives and that they are new at this say who is asking, not what about ("vivo en Monterrey" is no LIVE).
    'vivo en': '', 'vivimos en': '', 'soy nuevo': '', 'soy nueva': '', 'soy novato': '', 'soy novata': '', 'nuevo en esto': '', 'nueva en esto': '',
    'no se como': '', 'no se muy bien como': '', 'no se donde': '', 'no se que hacer': '', 'no entiendo como': '', 'no tengo idea de como': '',
  },
  stem: stemEs,
  commands: {
    restart: ['empezar de nuevo', 'comenzar de nuevo', 'volver a empezar', 'empezar otra vez', 'empezar desde cero', 'desde cero', 'desde el principio', 'reiniciar', 'reinicia', 'reiniciar chat', 'menu', 'menú principal', 'ir al menu', 'volver al menu', 'volver al menu principal', 'ir al menu principal', 'volver al inicio', 'al inicio', 'inicio', 'empezar', 'nueva consulta', 'otra consulta', 'comenzar otra vez', 'reiniciar conversacion', 'vamos de nuevo', 'de nuevo desde el principio', 'volver al principio', 'ir al principio', 'al principio', 'volver a comenzar'],
    back: ['atras', 'atrás', 'volver', 'regresar', 'volver atras', 'ir atras', 'paso anterior', 'anterior', 'pregunta anterior', 'me equivoque de boton', 'boton equivocado', 'opcion equivocada', 'regresa', 'vuelve', 'un paso atras'],
    help: ['ayuda', 'que puedes hacer', 'qué puedes hacer', 'como funciona esto', 'cómo funciona esto', 'como te uso', 'opciones', 'instrucciones', 'que hago', 'qué hago', 'en que me puedes ayudar', 'en qué me puedes ayudar', 'para que sirves', 'comandos', 'ayudame', 'ayúdame', 'como funciona', 'cómo funciona', 'que opciones hay', 'qué opciones tengo', 'no se como usar esto', 'como se usa esto'],
    human: ['humano', 'persona', 'agente', 'asesor', 'asesora', 'hablar con una persona', 'hablar con un humano', 'hablar con alguien', 'hablar con un agente', 'hablar con un asesor', 'soporte', 'atencion al cliente', 'servicio al cliente', 'una persona real', 'persona real', 'operador', 'un humano', 'una persona', 'un agente', 'quiero un humano', 'quiero hablar con alguien'],
    greet: ['hola', 'buenas', 'buenos dias', 'buenos días', 'buenas tardes', 'buenas noches', 'hola que tal', 'que tal', 'saludos', 'ola', 'holi', 'holis', 'hola buenas', 'buen dia', 'buen día', 'hola buen dia', 'hola buen día', 'que onda', 'qué onda', 'que hubo', 'hola que onda'],
    cancel: ['cancelar', 'cancelar recordatorio', 'cancela el recordatorio', 'no me recuerdes', 'sin recordatorio', 'no hace falta recordatorio', 'quita el recordatorio', 'no me avises', 'no me escribas mañana', 'cancela eso', 'cancelalo', 'ya no quiero el recordatorio'],
    forget: ['olvidame', 'olvídame', 'borra mis datos', 'borrar mis datos', 'eliminar mis datos', 'elimina mis datos', 'borra todo', 'borra la conversacion', 'elimina mi informacion', 'borra mi informacion'],
    thanks: ['gracias', 'muchas gracias', 'mil gracias', 'ok gracias', 'vale gracias', 'perfecto gracias', 'genial gracias', 'listo gracias', 'gracias por la ayuda', 'te lo agradezco', 'te lo agradezco mucho', 'gracias por todo', 'muy amable', 'gracias por la info', 'mil gracias de verdad', 'gracias muy amable', 'muchas gracias muy amable', 'gracias crack', 'muchas gracias crack', 'gracias amigo', 'gracias amiga', 'gracias de verdad', 'gracias por tu ayuda', 'gracias por su ayuda', 'se agradece', 'grax', 'gracias totales', 'gracias igual', 'gracias de todas formas'],
  },
  yes: [
    'si', 'sí', 'sip', 'sii', 'siii', 'simon', 'claro', 'claro que si', 'vale', 'okey', 'oki', 'dale', 'listo', 'lista', 'ya', 'ya esta', 'ya está', 'ya funciono', 'ya funcionó', 'ya funciona', 'funciono', 'funcionó', 'funciona', 'ya aparece', 'ya sale', 'ya me sale', 'ya salio', 'ya lo veo', 'ya se ve', 'perfecto', 'genial', 'excelente', 'correcto', 'exacto', 'asi es', 'así es', 'efectivamente', 'por supuesto', 'de acuerdo', 'hecho', 'ya lo hice', 'lo hice', 'resuelto', 'solucionado', 'arreglado', 'ya quedo', 'ya quedó', 'quedo', 'ya se vinculo', 'ya se vinculó', 'ya esta vinculada', 'esta bien', 'está bien', 'todo bien', 'por fin', 'eso funciono', 'eso era', 'ya entre', 'ya pude', 'pude', 'si puedo', 'sí puedo', 'si tengo', 'sí tengo', 'si esta', 'sí está', 'si soy', 'sí soy',
    // Mexico's "jaló" and "órale", and the doubled or emphatic yes of chat.
    'sisi', 'si si', 'obvio', 'obvio si', 'afirmativo', 'andale', 'ándale', 'orale', 'órale', 'ya jalo', 'ya jaló', 'jalo', 'jaló', 'ya se pudo', 'se pudo', 'va que va', 'cierto', 'ya esta todo bien',
  ],
  no: [
    'no', 'nop', 'nel', 'nope', 'noo', 'nooo', 'todavia no', 'todavía no', 'aun no', 'aún no', 'sigue igual', 'sigue sin funcionar', 'sigue fallando', 'sigue sin aparecer', 'sigue sin salir', 'no funciona', 'no funciono', 'no funcionó', 'nada', 'tampoco', 'nunca', 'sigue el error', 'mismo error', 'el mismo error', 'igual', 'sigue', 'no sale', 'no aparece', 'no puedo', 'negativo', 'para nada', 'ni modo', 'sin cambios', 'no cambio nada', 'no cambió nada', 'todavia nada', 'todavía nada', 'aun nada', 'aún nada', 'no pude', 'no se pudo', 'no me deja', 'no tengo', 'no soy', 'no esta', 'no está',
    'que va', 'qué va', 'ni de broma', 'nanai', 'ni de chiste', 'nones', 'sigue saliendo', 'sigue saliendo lo mismo', 'no jalo', 'no jaló', 'no jala', 'todavia no sale', 'todavía no sale',
  ],
  personNouns: ['persona', 'humano', 'humana', 'agente', 'asesor', 'asesora', 'alguien', 'un humano', 'una persona', 'persona real', 'soporte', 'equipo de soporte', 'atencion al cliente', 'servicio al cliente', 'operador', 'operadora', 'representante', 'ejecutivo', 'ejecutiva', 'encargado', 'gente', 'especialista', 'alguien de soporte', 'alguien de tiktok', 'alguien real', 'un agente'],
  personVerbs: ['hablar', 'habla', 'hablo', 'comunicar', 'comunicarme', 'contactar', 'contactarme', 'pasar', 'pasame', 'pásame', 'comunica', 'comunicame', 'quiero', 'necesito', 'conectame', 'conéctame', 'ponme', 'dame', 'llamar', 'chatear', 'atender', 'atienda', 'me atienda', 'escribir', 'hay', 'paseme', 'páseme', 'pasen', 'pásenme', 'comuniqueme', 'comuníqueme', 'ocupo', 'pasa', 'comunicas', 'comunican', 'comunicarias', 'comunicarías', 'pasas', 'pasan', 'pasarias', 'pasarías', 'conectas', 'conectan', 'pones', 'ponen'],
  frustration: [
    'no sirve', 'no sirves', 'no sirve para nada', 'inutil', 'inútil', 'esto es inutil', 'esto es inútil', 'pesimo', 'pésimo', 'no ayudas', 'no me ayudas', 'no me estas ayudando', 'no me estás ayudando', 'perdida de tiempo', 'pérdida de tiempo', 'estoy harto', 'estoy harta', 'harto', 'harta', 'me rindo', 'ya intente todo', 'ya intenté todo', 'ya probe todo', 'ya probé todo', 'intente de todo', 'intenté de todo', 'nada funciona', 'nada sirve', 'bot tonto', 'bot inutil', 'bot inútil', 'que frustrante', 'qué frustrante', 'frustrado', 'frustrada', 'no me entiendes', 'no entiendes', 'estoy cansado', 'estoy cansada', 'esto no sirve', 'basta', 'ya basta', 'das vueltas', 'me tienes dando vueltas',
  ],
  light: 'el la los las un una de del y o a en con que mi me lo le es no se ya aqui aquí aca acá ahi ahí quede quedé quedo estoy'.split(' '),
  // WhatsApp is how people here talk to anyone ("mi ex socio no me contesta el whatsapp"): only the
  // Spanish cues, which want it asked for as our channel, read it as a request for a person.
  falseFriends: ['ban', 'once', 'red', 'pan', 'fin', 'as', 'mas', 'whatsapp'],
  cues: [
    ['back', /\b(volver atras|ir atras|atras|regresar|paso anterior|pregunta anterior|me equivoque de (boton|opcion)|boton equivocado|opcion equivocada|deshacer)\b|^(volver|regresar|regresa|vuelve)( (atras|al paso anterior|a la pregunta anterior|porfa|por favor|pls))?$/],
    ['restart', /\b(empezar de nuevo|comenzar de nuevo|volver a (empezar|comenzar)|empezar otra vez|desde (el principio|cero|el inicio)|menu principal|reiniciar|volver al (inicio|menu|principio|comienzo)|ir al (menu|principio))\b/],
    // Chat spells "que" as "q", "k" or "ke", and "qué cosas" or "qué más" asks the same.
    ['help', /\b((que|q|k|ke) (cosas |mas |tipo de cosas |otras cosas )?(puedes|podes|sabes|pueden) hacer|(que|q|k|ke) (haces|sabes hacer|hace este bot|hace el bot)|(en|con) (que|q|k|ke) (me |nos )?(puedes|podes|pueden|puede) ayudar|como (me |nos )?(puedes|podes|pueden) ayudar|como funciona (esto|este bot|el bot)|como te uso|como se usa (esto|este bot|el bot)|para (que|q|k|ke) (sirves|sirve este bot|sirve el bot|sirve esto)|(cuales|que|q) son tus (funciones|opciones)|(que|q) opciones (tengo|hay|me das))\b/],
    ['cancel', /\b(cancel\w*|no|ya no|sin|quita\w*)\b.*\b(recordatorio\w*|recuerdes|recordar\w*|avises|escribas manana)\b/],
    ['forget', /\b(borr\w*|elimin\w*|olvid\w*|quit\w*)\b.*\b(mis datos|mi informacion|mis mensajes|la conversacion|esta conversacion|todo (sobre|de) mi|sobre mi|mi historial)\b|\bolvidame\b/],
    ['greet', /^((hola+s?|holi+s?|holis+|buena+s+|buenos dias|buen dia|buenas (tardes|noches)|saludos|que tal|que onda|hey+|ola+)( (a todos|amigo|amiga|equipo|bot|que tal|buenas))*\s*)+$/],
  ],
  courtesy: {
    before: /^(ok|okey|vale|bueno|oye|porfa|por favor|quiero|quisiera|puedes|podemos|me gustaria|necesito|hola) /,
    after: / (por favor|porfa|porfavor|xfa|plis|gracias|ya|ahora|ahorita)$/,
  },
  personWords:
    /\b(persona real|humano de verdad|agente humano|persona de verdad|atencion al cliente|servicio al cliente|equipo de soporte|soporte tecnico|contactar (a |con )?soporte|hablar con (soporte|alguien|una persona|un humano|un agente|un asesor|el equipo)|no (eres|es) (un|una) (bot|robot|maquina)|no quiero (hablar con )?(un|el) (bot|robot)|asesor\w*|por telefono|(tienen|tienes|hay|numero de|algun) whatsapp|whatsapp (de|del|para) (soporte|atencion|contacto|ustedes|tiktok|el equipo|clientes)|(contactar|escribir|hablar|atender)(me|nos)? por whatsapp|abrir un (caso|ticket|reporte)|levantar un (caso|ticket|reporte)|escal\w*|alguien (de|del) (tiktok|soporte|su equipo|equipo|staff|atencion)|hay alguien ahi|alguien (me |nos )?(puede|podria|pueda) (ayudar|atender)|me (pueden|puede|podrian) (llamar|marcar|contactar)|numero de (soporte|atencion|telefono de soporte|contacto)|correo de soporte|chat en vivo|atencion personalizada|(no quiero|no me interesa) hablar con (un |el |una )?(bot|robot|maquina)|eres (un )?(bot|robot)|con quien (puedo|me) (hablar|comunico)|que me atienda (una persona|alguien|un humano))\b/,
  personShort: /\b(humano|humana|humanos)\b/,
  notPerson: /\b(otra persona|alguien mas|de alguien|alguien (la|lo|me|mas) (vinculo|tiene|uso|hizo))\b/,
  negation: /\b(no|nunca|nada|tampoco|sigue|todavia no|aun no|ni)\b/,
  // "Sí, pero sigue saliendo el error": a yes that a "but" turns to a failure says no.
  negatedYes: /^(no|nada|nunca|tampoco|pero (no|sigue|todavia|aun|nada|igual|nunca|tampoco|me sigue|ahora))\b/,
  worked: /\b(ya funciona|funciono|se arreglo|arreglado|solucionado|resuelto|ya quedo|se vinculo|ya me deja|ya aparece|ya sale|ya esta|exito)\b/,
  failed: /\b(no|sigue|todavia|aun|nunca|nada|igual|mismo error|fallando|falla)\b/,
  unsure: /\b(no se|no lo se|ni idea|no estoy segur[oa]|no tengo idea|quiza|quizas|tal vez|a lo mejor|no recuerdo|no me acuerdo|no tengo claro)\b/,
  appeal: /\b(apela\w*|apelaci[oó]n|reclam\w*|desbloque\w*|quit\w* (la |el )?(sanci[oó]n|bloqueo|suspensi[oó]n|strike|advertencia)|cu[aá]nto (dura|tarda) (la |el )?(sanci[oó]n|suspensi[oó]n|bloqueo|strike))\b/,
  other: /\b(otra cosa|otro problema|ningun[ao] de (esas|estas|esos|estos|las anteriores)|nada de eso|algo (distinto|diferente)|es otra cosa)\b|^(ningun[ao]|ninguna opcion)$/,
  number: /^\s*(?:(?:la|el|es la|es el)\s+)?(?:opcion|numero|boton|n[°º]?|#)?\s*(\d{1,2})\s*[.)!°º]?\s*$/,
  topics: {
    payouts: [
      /\b(retir\w*|mi saldo|el saldo|saldo (de|en) (mi|la) (cuenta|tienda)|cobrar (mis|las|mi) (ventas|ganancias|dinero)|liquidaci\w*|cuenta bancaria|cuenta de banco|datos bancarios|(cambi|agreg|vincul|conect|añad|anad|asoci)\w* (mi |la |una |el )?(cuenta )?(bancaria|de banco|del banco|banco|clabe|cbu|iban|tarjeta)( para (cobrar|recibir))?|transferencia bancaria|mi dinero|el dinero de (mis|las) ventas|cuando me (pagan|depositan|transfieren|llega el (dinero|pago))|cuando (recibo|me llega|cobro) (mi |el |lo de mis )?(dinero|pago|ventas)|(me )?depositan|lo de (mis|las) ventas|(no me ha llegado|no me llega|no me llego|no he recibido|no recibo|no me han pagado) (el |mi |ningun )?(pago|dinero|deposito|transferencia)|pagos? de (mis|las) ventas|mis ganancias|deposito|payoneer|paypal|metodo de pago|pagos pendientes|me pagan|mercado ?pago|comision(es)? (\w+ ){0,3}(no me (ha|han) llegado|no me (llega|llegan|llego|pagan|pagaron|han pagado))|(cuando|como) (pagan|cobro|se cobran|me pagan|llegan|depositan) (las |mis )?comisiones|cobrar (mis |las )?comisiones|(mis|los) pagos|factura\w*|reten\w* (el |mi |del |los )?(dinero|saldo|pagos?)|me retuvieron|(dinero|saldo|pagos?) (retenid\w*|congelad\w*|bloquead\w*))\b/,
      /\b(pagar con (el )?(codigo )?qr|qr (de|para) (pago|pagar|cobrar)|(el|un|los|mis) (cliente|clientes|comprador|compradores) (\w+ ){0,3}(pagar|pago)\b|pago con qr|el cliente no puede pagar|los clientes no pueden pagar|al pagar|checkout|tarjeta rechazada)\b/,
    ],
    refunds: [/\b(reembols\w*|devoluci\w*|(devolver|regresar|regrese|devuelva)(le)? (el|un|mi|su) (producto|pedido|articulo|dinero)|reintegro|cancelar (un|el|mi) pedido|cancelacion de pedido|disputa|contracargo|quiere devolver|reclamo (de|del) (un |una |mi |el )?(cliente|comprador|pedido))\b/],
    orders: [/\b(pedidos?|envio\w*|enviar (el|los|un|mis) (pedido|paquete)\w*|guia de envio|etiquetas? de envio|imprimir (la |las )?etiquetas?|entrega\w*|paquete\w*|paqueteria|seguimiento|numero de (rastreo|guia|seguimiento)|rastreo|mensajeria|logistica|almacen|ordenes|la orden|despach\w*|correos|estafeta|dhl|fedex|repartidor\w*|no (puedo|pude|me deja) (comprar|hacer (una |mi )?compra)|(como|donde) (compro|comprar) en tiktok|mi compra|llego (roto|rota|danad[ao]|incomplet[ao]|equivocad[ao])|(cliente|comprador) (no (lo )?recibio|dice que no le llego))\b/],
    listings: [/\b(productos? (fue |fueron |esta |estan )?(rechazad\w*|eliminad\w*|bloquead\w*|no aprobad\w*|en revision|dado de baja)|publicaci\w* (rechazad\w*|eliminad\w*)|(rechaz|elimin|baj|borr|quit)\w* (un|una|mi|mis|el|los|algun|algunos|varios) (productos?|publicaci\w*|articulos?)|sub(o|ir|e|imos|i) (un |unos |mis |los |el |nuevos )?(productos?|articulos?)|(agregar|añadir|cargar) productos? (a|en) (mi|la) tienda|listado\w*|publicar (un |mis )?productos?|productos?\b(\s\w+){0,6}\s(rechaz\w*|los eliminaron|los bajaron|los dieron de baja)|categoria restringida|(cambi|modific|edit|actualiz)\w* (el |los )?precios?|stock|inventario|variantes)\b/],
    fees: [/\b((cuant[oa]s?|que) (\w+ ){0,2}(cobra|se queda|quita|descuenta|me cobra|me quita) tiktok|comision(es)? (que )?(cobra|se queda|quita|descuenta) tiktok|tiktok (me )?(cobra|se queda con|quita|descuenta) (una )?(comision|porcentaje|el \d+)|tarifa\w*|cuota\w*|costo por vender|cuanto cuesta vender|porcentaje (que )?(cobra|se queda) tiktok|cobran comision|comisiones de tiktok|cargos? por venta)\b/],
    ads: [
      /\b((cuanto|que) (cuesta|vale|cobran por) (anunciar\w*|hacer publicidad|publicitar\w*|los anuncios|un anuncio|promocionar\w*)|ads manager|administrador de anuncios|spark ads?|spark code|gmv max|presupuesto (de|para) anuncios|gasto en anuncios|campana de anuncios|pagar (por )?(anuncios|publicidad)|pautar|pauta publicitaria|anuncios pagados|impulsar (un |mi |el |mis )?(video|videos|publicacion|live|directo)|(cuanto|que) (cuesta|vale|cobran) (hacer |poner )?(anuncios|publicidad))\b/,
      /\b(anuncio\w*|publicidad|campana\w*|promocion\w*|ads)\b.*\b(factur\w*|cobr\w*|tarjeta|pago|credito|presupuesto|saldo|recarg\w*|reembols\w*)\b|\b(factur\w*|cobr\w*|tarjeta|presupuesto|recarg\w*)\b.*\b(anuncio\w*|publicidad|campana\w*|ads)\b/,
    ],
    violations: [/\b(infracci\w*|violaci\w*|sancion\w*|penalizaci\w*|suspend\w*|baneado|baneada|baneo|banearon|multa\w*|apel\w*|puntos de (infraccion|penalizacion)|advertencia en mi cuenta|falsificad\w*|propiedad intelectual|cuenta (restringida|bloqueada|desactivada|suspendida)|tienda (restringida|bloqueada|desactivada|suspendida)|normas de la comunidad|(me |nos )?(bloquearon|suspendieron|cerraron|desactivaron|restringieron|congelaron|inhabilitaron) (mi |la |nuestra )?(cuenta|tienda)|(quitaron|descontaron|restaron|bajaron) puntos|puntos (de|en) (la|mi) (tienda|cuenta)|puntuacion de (la |mi )?(tienda|cuenta)|salud de (la |mi )?(tienda|cuenta))\b/],
    'other-platforms': [/\b(shopify|woocommerce|mercado libre|mercadolibre|amazon|ebay|etsy|tienda de (instagram|facebook)|instagram shop|facebook shop|shein|temu|wix|tiendanube|tienda nube|prestashop|shopee|lazada)\b/],
    'shop-settings': [
      // The shop's own name, logo, addresses and tax details, however the change is put ("como le cambio el nombre a
      // la tienda", "cambiar el nombre y el logo de mi shop"): a shop's logo is its picture, not the bag icon.
      /\b((cambi|edit|modific|actualiz|corrig|arregl|renov|sub|pon)\w* (\w+ ){0,3}(nombre|logo|logotipo|banner|portada|foto de perfil|imagen|descripcion|direccion|correo|telefono|datos)( (y|e|o|u) (el |la |los |las |su |sus )?(nombre|logo|logotipo|banner|portada|foto de perfil|imagen|descripcion|direccion|correo|telefono|datos))* (a|de|en|del) (la |mi |nuestra |el )?(tienda|shop|negocio|seller center|centro de vendedores)|(nombre|logo|logotipo|banner|portada) (\w+ ){0,3}(de|a) (la|mi|nuestra) (tienda|shop) (\w+ ){0,2}(cambi|edit|modific|actualiz|renombr)\w*|renombr\w* (la|mi|nuestra) tienda|direccion (de |del )?(la |el |mi )?(bodega|almacen|recoleccion|devolucion\w*)|datos fiscales|informacion fiscal|regimen fiscal|constancia (de situacion )?fiscal|(numero de )?identificacion fiscal|rfc|nif|cuit)\b/,
      /\b(cambiar (el )?nombre de (la|mi) tienda|nombre de (la|mi) tienda|(cambiar|editar|actualizar) (el |la )?(logo|banner|descripcion|direccion|correo|telefono) de (la|mi) tienda|direccion de (envio|devolucion|almacen|recogida|la tienda)|horario de atencion|modo vacaciones|subcuentas?|sub cuentas?|(dar|darle) acceso (a|al) (un |mi )?(empleado|trabajador|asistente|equipo)|(agreg|añad|anad|invit|sum)\w* (a )?(un |una |mi |mis |otro |otra )?(empleado|trabajador|asistente|usuario|colaborador)\w* (a|en|al) (mi |la |el )?(seller center|tienda|centro de vendedores)|(cambi|restablec|actualiz|modific)\w* (mi |la |el )?(contrasena|correo|email|numero de telefono|telefono)( de (mi |la )?(cuenta|tienda|seller center|centro de vendedores))*)\b/,
    ],
  },
  // Each topic's words one by one, as typed: a message with more of them than of linking is about the topic.
  topicWords: {
    payouts: ['pago', 'pagos', 'dinero', 'saldo', 'banco', 'bancaria', 'bancario', 'retiro', 'retirar', 'deposito', 'depositan', 'ganancias', 'ingresos', 'factura', 'facturar', 'impuestos', 'transferencia', 'liquidacion', 'billetera', 'clabe', 'cbu', 'paypal', 'payoneer'],
    refunds: ['reembolso', 'reembolsar', 'devolucion', 'devoluciones', 'devolver', 'reintegro', 'contracargo', 'disputa'],
    orders: ['pedido', 'pedidos', 'envio', 'envios', 'paquete', 'paqueteria', 'repartidor', 'mensajeria', 'rastreo', 'entrega', 'entregar', 'almacen', 'bodega'],
    listings: ['inventario', 'stock', 'precio', 'precios', 'variante', 'variantes', 'categoria', 'sku'],
    fees: ['tarifa', 'tarifas', 'cuota', 'cuotas', 'porcentaje'],
    ads: ['campana', 'pauta', 'pautar', 'presupuesto'],
    // No violation words: whether a strike stops linking is the checklist's question, asked beside link words.
    'shop-settings': ['vacaciones', 'renombrar'],
  },
  facts: {
    // "La vinculé hace 2 horas y no me sale la bolsa": with the bag said missing, any time in the message counts from linking.
    iconMissing: /\b(bolsa|bolsita|carrito|canasta|icono|pestana)\b.*\b(no|nada|falta|sin|desaparec\w*|ni rastro)\b|\b(no (me )?(sale|salen|aparece|aparecen|veo|tengo|hay|se ve)|falta|sin|sigue sin|todavia no|aun no|donde esta|ni rastro de) (\w+ ){0,3}(bolsa|bolsita|carrito|canasta|icono|pestana)\b/,
    // When the shop was approved, opened or sanctioned is not when the account was linked ("la aprobaron hace 3 dias").
    elsewhen: /\b(aprob\w*|verific\w*|abri|abrimos|abiert[ao]|cread[ao]|cree|creamos|registr\w*|de alta|suspend\w*|sancion\w*|bloque\w*|advertencia|infraccion)\b( (?!vincul|conect|enlaz|link)\w+){0,4}? (hoy|ayer|anoche|antier|anteayer|esta (manana|tarde|semana)|la semana pasada|el mes pasado|hace (como |unos |unas |casi |mas de )?(\d+|un|una|dos|tres|cuatro|cinco|un par de|pocos|pocas|varios|varias) (minutos?|horas?|dias?|semanas?|mes|meses))\b/,
    link: /\b(vincul\w*|enlaz\w*|enlace|conect\w*|asociad\w*|ligad\w*|link\w*|autoriz\w*)\b/,
    durations: [
      /\b(\d+(?:[.,]\d+)?)\s*(min|mins|minutos?|h|hrs?|horas?|d|dias?|semanas?|mes|meses)\b/,
      /\b(un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|un par de|par de|pocos|pocas|varios|varias)\s+(minutos?|horas?|dias?|semanas?|mes|meses)\b/,
    ],
    numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, unos: 3, unas: 3, 'un par de': 2, 'par de': 2, pocos: 3, pocas: 3, varios: 4, varias: 4 },
    units: [
      [/^(min|mins|minutos?)$/, 1 / 60],
      [/^(h|hrs?|horas?)$/, 1],
      [/^(d|dias?)$/, 24],
      [/^semanas?$/, 24 * 7],
      [/^(mes|meses)$/, 24 * 30],
    ],
    when: [
      [/\b(antier|anteayer|antes de ayer)\b/, 48],
      [/\b(hace un rato|hace poco|hoy|esta (manana|tarde|noche)|ahorita|recien|anoche|hace nada)\b/, 6],
      [/\bayer\b/, 20],
      [/\b(la semana pasada|el mes pasado|hace (dias|semanas|meses|tiempo|mucho)|desde hace (dias|semanas|meses)|hace rato ya)\b/, 24 * 7],
    ],
    qr: /\b(qr|codigo|escane\w*|scane\w*|camara|autoriz\w*|lector|lee)\b/,
    symptoms: [
      ['same-phone', /\b(mismo (celular|telefono|movil|dispositivo|cel)|(en|desde) (el|mi) (celular|telefono|movil|cel)|solo tengo (un|el|mi) (celular|telefono|movil|cel)|no tengo (computadora|compu|ordenador|pc|laptop|portatil)|seller center (esta )?(abierto )?en (el|mi) (celular|telefono|movil)|(escanear|escaneo) (mi )?propia pantalla)\b/],
      ['auth-failed', /\b(autorizacion (fallida|fallo|falla|rechazada|denegada|no valida)|(fallo|falla|error) (de|en|al)( la)? autoriz\w*|no (se )?(puedo |me deja |pude )?autoriz\w*|autorizar no funciona|error al autorizar|fallo al autorizar|no autoriza)\b/],
      ['spinning', /\b(se (cuelga|tilda|pega)|(queda|quedo|se queda) (colgad[ao]|tildad[ao]|pegad[ao])|cargando|se queda (cargando|pegado|trabado|congelado|pensando)|da vueltas|dando vueltas|girando|no termina de cargar|se traba|se congela|carga y carga|carga infinita)\b/],
      ['no-scan', /\b(no (lo |me lo )?(escanea|escaneo|escanear|puedo escanear|pude escanear|lee|leyo|reconoce|detecta|funciona)|no (me )?deja escanear|escaneo no funciona|no pasa nada|(qr|codigo) (invalido|expirado|caducado|vencido|borroso)|no se escanea)\b/],
    ],
    errorLead: /(?:error|mensaje|dice|sale|aparece|me sale|muestra)\s*[:\-]\s*(.{4,200})$/i,
    errorWords: /\b(fall\w*|error|deneg\w*|invalid\w*|no|ya|expir\w*|incorrect\w*)\b/i,
    shop: /\b(tienda|seller center|centro de vendedores|estado|cuenta de vendedor)\b/,
    approved: {
      no: /\b(no (esta |ha sido |fue |me la han |la han )?(aprobad[ao]|verificad[ao])|no (me |nos )?(la |lo )?(han )?(aprobaron|aprobo|aprueban|verificaron|verifican)|pendiente|en revision|bajo revision|revisando|esperando (la )?(aprobacion|revision|verificacion)|rechazad[ao]|(todavia|aun) no (la |lo )?(aprueban|aprobaron))\b/,
      yes: /\b(aprobad[ao]|verificad[ao]|(me |nos )?(la |lo )?(aprobaron|aprobo|verificaron))\b/,
    },
    active: {
      no: /\b(no (esta )?(activ[ao]|activad[ao]|abiert[ao])|inactiv[ao]|desactivad[ao]|suspendid[ao]|cerrad[ao]|pausad[ao]|congelad[ao]|restringid[ao])\b/,
      yes: /\b(activ[ao]|activad[ao]|abierta|operando)\b/,
    },
    otherShop: /\b(otra tienda|otro seller center|otra cuenta|tienda (anterior|vieja|antigua)|su tienda|ya (esta )?vinculad[ao]|vinculad[ao] (a|con)|ellos|la agencia)\b/,
    holders: [
      ['agency', /\b(agencia\w*|empresa de marketing|community manager|freelance\w*|(el|la|los|las) que (me |nos )?(hacia|hacian|llevaba|llevaban|manejaba|manejaban) (las |mis |nuestras )?redes|(el|la) (chico|chica|muchacho|muchacha) (de|que (me |nos )?(hacia|llevaba|manejaba)) (las )?redes)\b/],
      ['ex-partner', /\b(mi ex|ex (socio|socia|pareja|novio|novia|esposo|esposa)|exsocio|exsocia|socio|socia|mi pareja|nos separamos|terminamos)\b/],
      ['employee', /\b(ex ?emplead[ao]|antigu[ao] emplead[ao]|emplead[ao] que (se fue|renuncio|ya no trabaja)|trabajador\w* que|(se fue|renuncio) de la empresa|asistente que|ex trabajador\w*|ex colaborador\w*|ex ?jef[ae]|mi (antigu[ao]|anterior) jef[ae])\b/],
      ['me', /\b(mi (otra|vieja|antigua|primera|anterior|segunda) (tienda|shop)|(tenia|tuve|abri|cree|hice|tengo) (una |otra |mi )?(tienda|shop) (vieja|anterior|antigua|de antes)|(tienda|shop) (vieja|anterior|antigua) (que|q) ya no (uso|ocupo|abro|manejo)|mi tienda (anterior|vieja|antigua)|las dos tiendas son mias|tengo dos tiendas|es mi otra tienda|(tienda|shop) (vieja |anterior |antigua |otra )?mia|es mia)\b/],
      ['unknown', /\b(no se (cual|que|de quien)|ni idea de (cual|que|quien)|no (tengo|tuve) (otra|ninguna otra) tienda|nunca (tuve|abri|cree) otra tienda|tienda desconocida|no (la )?reconozco|no se (que|cual) tienda)\b/],
    ],
    access: {
      no: /\b(no (puedo|tengo|tenemos|podemos) (\w+ ){0,2}(entrar|acceso|acceder|iniciar sesion|la contrasena|contrasena)|perdi (el )?acceso|(no|ni) (me )?(acuerdo|recuerdo|se) (de )?(la |mi |su )?(contrasena|clave|password|correo|usuario)|(olvide|perdi) (la |mi |su )?(contrasena|clave|password|correo|acceso)|(correo|email|mail) (\w+ ){0,4}(ya no existe|ya no sirve|cerrad[ao]|borrad[ao]|eliminad[ao]|desactivad[ao])|sin acceso|no (me |nos )?(responde\w*|contesta\w*)|no tengo como entrar|ya no (tengo|tenemos) acceso)\b/,
      yes: /\b(si |todavia |aun )?(puedo|tengo|podemos|tenemos) (\w+ ){0,2}(entrar|acceso|acceder|iniciar sesion|la contrasena)\b/,
      // A forgotten password or a dead email was access one had: the shop behind it was one's own.
      lost: /\b((no|ni) (me )?(acuerdo|recuerdo) (de )?(la |mi )?(contrasena|clave|password|correo|usuario)|(olvide|perdi) (la |mi )?(contrasena|clave|password|correo)|(correo|email|mail) (\w+ ){0,4}(ya no existe|ya no sirve|cerrad[ao]|borrad[ao]|eliminad[ao]|desactivad[ao]))\b/,
    },
    roles: [
      {
        role: 'creator',
        cue: /\b(soy (un |una )?(creador\w*|influencer|afiliad[ao])|creador(a)? de contenido|influencer\w*|afiliad[ao]s?|hago (contenido|videos)|creo contenido|no tengo (una )?tienda|no soy vendedor\w*|promociono (productos|marcas))\b/,
        unless: /^(?!.*\bsoy (un |una )?creador).*\btiktok shop (para|for) creador/,
      },
      {
        role: 'seller',
        cue: /\b((tengo|tenemos) (una |mi |un |nuestra |nuestro )?(tienda|negocio|marca|emprendimiento|empresa|pyme)|(a|con|de|en) (mi|nuestra) (tienda|shop)|somos (una |un )?(pyme|empresa|marca|tienda|negocio|emprendimiento|startup)|(me|nos) (dieron|han dado|dio|ha dado) de alta (la|mi|nuestra) tienda|(di|dimos|he dado|hemos dado) de alta (la|mi|nuestra) tienda|soy (un |una )?(vendedor\w*|comerciante|duen[oa])|mi (propia )?(tienda|marca|negocio|emprendimiento) (es|esta|fue|tiene|ya)|mi propia (tienda|marca)|vendo (mis )?productos|duen[oa] de (una|la|mi) (tienda|marca|negocio))\b/,
      },
    ],
    age: [/\b(?:tengo|cumplo|edad(?: de)?|soy de)\s*(?:apenas |solo |casi )?(\d{1,2})(?:\s*anos)?\b(?!\s*(?:dias|horas|semanas|meses|mil|k|seguidores|productos|tiendas|cuentas|pedidos))/, /\b(\d{1,2})\s*anos\b(?! de (edad )?(la|mi) (tienda|cuenta))/],
    markets: MARKETS,
    // Said to be done ("ya me aparece la bolsita", "ya me aprobaron la tienda"): where they stand, not what they ask.
    settled: [
      /\bya (me |nos )?(aparece|aparecio|sale|salio|se ve|tengo) (la |el )?(bolsa|bolsita|carrito|canasta|icono|pestana)( amarill[ao]| de (compras|la tienda))?\b(?! (pero|aunque|y no))/,
      /\bya (me |nos )?(la |lo )?(aprobaron|aprobo|verificaron)( la tienda| mi tienda| la cuenta)?\b(?! (pero|aunque|y no))/,
      // Spain's "nos dieron de alta la tienda": the shop exists, which says where they stand.
      /\b(ya )?(me |nos )?(dieron|han dado|dio|ha dado) de alta (la |mi |nuestra )?tienda( en (el )?(seller center|centro de vendedores))?\b(?! (pero|aunque|y no))/,
      /(?<!\b(no|nunca|sigue sin|todavia no|aun no) )\b(la |mi )?tienda (ya )?(esta |fue )?(aprobad[ao]|verificad[ao]|activ[ao])\b(?! (pero|aunque|y no))/,
    ],
    // "cuantos seguidores necesito? tengo 600 nomas": a count said after the question names its followers.
    followers: [
      /\b(\d+(?:[.,]\d+)?)\s*(k|mil|millones|millon|m)?\s*(?:de\s+)?(?:seguidores|seguidor|followers|fans|suscriptores)\b/,
      /(?<=\b(?:seguidores|followers)\b.*)\b(?:tengo|tenemos|llevo|llevamos)\s(?:como |casi |apenas |solo |solamente |unos )?(\d+(?:[.,]\d+)?)\s*(k|mil|millones|millon|m)?\b(?!\s*(?:anos|años|dias|horas|semanas|meses|productos|pedidos|ventas|videos|tiendas|cuentas))/,
    ],
    multipliers: { k: 1000, mil: 1000, m: 1_000_000, millon: 1_000_000, millones: 1_000_000 },
  },
  // How a question is put, read only when its words fit no flow clearly: "como hago para vender en un live"
  // asks for tips, "como le hago pa conectar mi cuenta con mi tienda" for the linking steps, and so does
  // "queremos vincular la cuenta" with no problem named: wanting to link is asking how.
  shapes: {
    // Not knowing where or how ("no sé dónde se pone", "es mi primera vez") is a how-to question, not a problem.
    lost: /\b(no (se|sabemos|sabria|encuentro|encontramos|veo|vemos|tengo (ni )?idea de|tenemos (ni )?idea de) (muy bien |bien )?(como|donde|por donde|en que parte|que hacer)|ni idea de (como|donde)|nunca (lo )?(he|hemos|habia|habiamos) hecho|(es|seria) (mi|nuestra) primera vez|no (quiero|queremos) (regarla|arruinarlo|arruinar nada|equivocarme|cagarla))\b/,
    problem: /\b(fall\w*|error|no|nunca|sin|desaparec\w*|otra tienda|tienda (vieja|anterior|antigua)|desvincul\w*|qr|escane\w*|bolsa|bolsita|icono|carrito|reembols\w*|pedidos?|anuncios?|suspend\w*)\b/,
    asks: [
      {
        flow: 'after-link',
        cue: /\b((como|donde) (\w+ ){0,3}(pongo|poner|agrego|agregar|anado|anadir|etiqueto|etiquetar|fijo|fijar|vendo|vender|armo|armar|organizo|organizar|acomodo|acomodar|muestro|mostrar|destaco|destacar|promociono|promocionar)\b.*\b(videos?|live|lives|directos?|en vivo|vitrina|escaparate|showcase|perfil)\b|(tips|consejos|trucos|recomendaciones) (\w+ ){0,2}(vender|ventas|empezar)|(y )?ahora que (sigue|hago)|que (sigue|hago) ahora|siguiente paso)\b/,
      },
      {
        flow: 'creator-link',
        role: 'creator',
        cue: /\b((como|donde) (\w+ ){0,4}|pasos (para|pa) (\w+ ){0,2}|paso a paso (\w+ ){0,2}|(quiero|queremos|quisiera|quisieramos|necesito|necesitamos|me gustaria|nos gustaria) (\w+ ){0,2})(vincul\w*|enlaz\w*|conect\w*|link\w*|asoci\w*|unirme|sumarme|afiliarme)\b/,
      },
      {
        // "No sé dónde se pone lo de la cuenta oficial": the official account is only ever set up in the linking steps.
        flow: 'seller-link',
        cue: /\b(como|donde|por donde) (\w+ ){0,4}(pon\w*|agreg\w*|anad\w*|met\w*|configur\w*|activ\w*|registr\w*|va|van|hace|hago|empiez\w*)\b.*\bcuenta oficial\b|\bcuenta oficial\b.*\b(como|donde|por donde) (\w+ ){0,3}(se )?(pone|pongo|va|hace|hago|configura|agrega|activa)\b/,
      },
      {
        flow: 'seller-link',
        cue: /\b((como|donde) (\w+ ){0,4}|pasos (para|pa) (\w+ ){0,2}|paso a paso (\w+ ){0,2}|(quiero|queremos|quisiera|quisieramos|necesito|necesitamos|me gustaria|nos gustaria) (\w+ ){0,2})(vincul\w*|enlaz\w*|conect\w*|link\w*|asoci\w*|lig[ao]\w*)\b.*\b(tienda|seller center|centro de vendedores|cuenta|tiktok|shop)\b/,
      },
      { flow: 'preflight', cue: CHECKLIST },
      {
        flow: 'preflight',
        cue: /\b((puedo|podemos|se puede|puede) (\w+ ){0,2}(vincular|vender|conectar|enlazar|abrir una tienda)|que (necesito|se necesita|ocupo|piden) (para|pa)|necesito (\w+ ){0,2}seguidores)\b/,
      },
    ],
    over: [
      { flow: 'preflight', from: ['creator-link', 'seller-link', 'after-link'], cue: CHECKLIST },
      {
        // Linked, and the shop's features are not there: the missing-icon tree, not tips for using them.
        flow: 'missing-icon',
        from: ['after-link'],
        cue: /\b(no (me )?(deja|dejan|puedo|aparece|aparecen|sale|salen|tengo|veo|encuentro|hay) (\w+ ){0,3}(etiquetar|agregar|anadir|poner|bolsa|bolsita|icono|carrito|canasta|boton|opcion|pestana|productos?)|desaparec\w*|no (aparece|sale|esta|se ve))\b/,
      },
      {
        flow: 'missing-icon',
        from: ['seller-link', 'creator-link'],
        cue: /\b(dice|sale|aparece|figura|ya esta|esta|quedo) (como )?(vinculad[ao]|conectad[ao]|enlazad[ao])\b.*\b(no|falta|donde esta)\b|\b(no|falta|donde esta)\b.*\b(dice|sale|aparece|figura|ya esta|esta|quedo) (como )?(vinculad[ao]|conectad[ao]|enlazad[ao])\b/,
      },
    ],
  },
  typoMinLength: 5,
};
