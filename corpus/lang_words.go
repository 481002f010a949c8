package corpus

// Small, hand-written word lists for telling Latin-script languages apart
// on short texts. Each list holds the function words and common question
// words of its language plus the vocabulary of our domain (diplomacy,
// US–Russia relations), because that is what users type. The whole set is a
// few kilobytes; a statistical detector trained on n-grams would cost tens
// of megabytes and still stumble on five-word questions.
//
// Vietnamese is listed without diacritics (folded, as Fold produces): users
// often type it that way, and the accented form folds to the same key.
// The other lists keep their accents, so "là" does not count as Spanish "la".

const wordsVI = `
va cua co la cac nhung mot trong duoc cho nguoi khong da se voi nay den cung khi ve tu nhu de thi ra con
nhieu lam tai viec nam ngay theo sau hai ba bon sau bay tam chin muoi tram nghin trieu ty ong anh chi em
toi chung ta ho minh ban gi nao sao bao ai dau the vay roi chua dang van nua hay hoac nen neu vi do boi tuy
nhien ma ca moi tung rat qua lai len xuong vao tren duoi giua ngoai truoc ben canh cach day kia thuc su hien
hom mai luc gio thang tuan ky quan he nga my trung quoc viet tong thong thu tuong bo truong giao doi thoai
on dinh chien luoc an ninh chinh phu hoi dam phan cuoc gap thuong hiep uoc vu khi hat nhan phat kinh te tri
chien tranh hoa binh xung dot lien minh dai su phat ngon vien dien nha lanh dao nguyen hop tac cang leo xu
ly van ket tuyen biet danh gia manh khang ung ho nghi yeu cau thoa thuan ky han cam doan bieu to chuc tiep
tuc bat kien tich cuc tieu kha nang phai can muon hieu noi doc xem nghe thay tim thich tom tat so sanh khac
nhau giong lich gan nhat tin bai bao nguon nuoc thu dan duong lenh trung phat giam sat tang bien gioi khu
vuc the gioi chau au phuong tay dong bac nam bang hang chuyen tham chuc nang phong vien lan dau tien cuoi
cung bao gio bao nhieu tai sao vi sao the nao ra sao la gi o dau khi nao co phai khong chua nhi nhe a u
ah nghia dieu gi ve viec cac ben cang thang tro lai ngung cap thi thuc nhan su quy dinh lien quan nghiem
ngac tro nen trang thai tinh trang nghich gan day truyen thong tuyen bo chinh thuc de cu pho duyet trao
sang toi tu chuc hoi nghi thuong dinh nhom kiem soat vu khi hat nhan an ninh mang huong giai phap quyet
khung hoang van de ly do nguyen nhan ket qua muc tieu chinh sach dong minh doi tac doi thu canh tranh
ngoai truong bo ngoai giao dai su quan lanh su quan tong lanh su hieu qua tot xau tich luy lo ngai
quan diem y kien danh gia nhan dinh du bao ky vong hy vong tin tuong nghi ngo ung dung chuan bi san sang
ung pho doi pho phan ung tra loi giai thich cong bo thong bao xac nhan bac bo tu choi chap nhan dong y
hiep dinh thoa thuan cam ket vong dam phan trao doi tu nhan ky niem khoi dau gop phan dong gop
`

const wordsEN = `
the of and to a in is it that for on was with as are be this by not at or from have has had but they you he
she we i his her their its an which who what when where why how will would can could should do does did
been were there than then them these those about into after over also more most other some any all no said
says new one two first last year years people because just up out so if our your my me him us very many
much such only like well even back down off through between during before under against while since
without within both each few own same too via being told according week month today yesterday tomorrow
relations relationship talks meeting summit president minister foreign secretary state department
ambassador embassy sanctions war peace treaty agreement nuclear arms control security dialogue between
russia russian united states american us u.s moscow washington kremlin white house government officials
official military troops weapons negotiations delegation strategic stability current currently now latest
recent recently happened happening is are was were will going tell explain summarize summary news article
say think know get make made latest between among toward towards across current state status what's who's
did does doing done why when where which whom whose how much many long ago ever never still again yet
met meet meets meeting signed sign held hold visit visited asked ask called call spoke speak spoke leader
leaders country countries world military talks talked plan plans planned agreed agree expected announced
statement statements sanctioned against support help want wants need needs give given take taken took
come came go went see seen look show shows shown use used find found work time times day days way
`

const wordsFR = `
le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils elles
nous vous je ne se sont été être avoir a ont par plus mais ou où comme leur leurs son sa ses tout tous très
aussi entre après avant depuis sans sous selon contre lors donc alors quel quelle quels quelles pourquoi
comment quand qu est-ce c'est y là cela ça fait faire sera était avait ont deux premier relations russie
états-unis président ministre affaires étrangères guerre paix accord sécurité dialogue entre moscou
pourparlers sommet négociations ambassade sanctions aujourd'hui hier déjà encore nouvelle nouveau
`

const wordsDE = `
der die das und ist nicht ein eine einen einem einer den dem des zu mit von auf für im in sind war wurde
werden hat haben sich auch als an aus bei nach wie wir ich sie er es noch nur oder aber über vor zum zur
durch um wird dass daß kann soll gegen zwischen beim schon mehr sehr ohne heute gestern warum was wer wann
welche welcher wo gibt sein ihre ihr seine unter diese dieser dieses beziehungen russland vereinigten
staaten präsident minister außenminister krieg frieden abkommen sicherheit gespräche verhandlungen botschaft
sanktionen regierung jetzt derzeit aktuell
`

const wordsES = `
el la los las de del y en que un una es por con para no se su sus al lo como más pero le ya o este esta
entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra
otros ese eso ante ellos e esto antes algunos qué cómo cuándo dónde quién cuál ha han fue son está están
ser estados unidos rusia relaciones presidente ministro guerra paz acuerdo seguridad diálogo conversaciones
negociaciones embajada sanciones gobierno ahora actual hoy ayer según tras
`

const wordsIT = `
il lo la i gli le di del della dei delle e è un una che per non con su da in al alla sono ha hanno come più
ma anche questo questa tra fra dopo se si ci loro suo sua nel nella degli cosa perché quando dove chi quale
quali sono stato stata essere relazioni russia stati uniti presidente ministro guerra pace accordo
sicurezza dialogo colloqui negoziati ambasciata sanzioni governo oggi ieri ancora adesso
`

const wordsPT = `
o a os as de do da dos das e em no na nos nas um uma que é para com não por se mais como mas foi ao aos seu
sua ele ela eles são está também entre sobre quando muito já pelo pela até isso depois sem mesmo ainda
porque onde quem qual quais estão estados unidos rússia relações presidente ministro guerra paz acordo
segurança diálogo conversações negociações embaixada sanções governo hoje ontem agora atual
`

const wordsID = `
yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke karena tersebut bisa ada mereka
lebih kami kita sudah telah atau seperti oleh sebagai hubungan antara amerika serikat rusia presiden apa
bagaimana mengapa kapan siapa dimana adalah menteri luar negeri perang damai perjanjian keamanan dialog
pembicaraan perundingan kedutaan sanksi pemerintah sekarang saat kemarin hari tahun bulan baru
`

const wordsNL = `
de het een en van in is dat op te zijn voor met niet aan er ook als bij maar om door over naar uit wordt
werd hebben heeft dan nog wat hoe waarom wie wanneer welke deze dit die betrekkingen rusland verenigde
staten president minister oorlog vrede akkoord veiligheid gesprekken onderhandelingen ambassade sancties
regering nu vandaag gisteren
`

const wordsTR = `
ve bir bu da de ile için çok ne gibi daha olarak olan ama en kadar sonra ya mi mı mu mü nasıl neden nedir
kim zaman ilişkiler arasında rusya amerika birleşik devletleri başkan bakan dışişleri savaş barış anlaşma
güvenlik diyalog görüşmeler müzakereler büyükelçilik yaptırımlar hükümet şimdi bugün dün
`

const wordsPL = `
i w na z się nie że do to jest o jak co ale od po za przez dla są jego jej tak już czy być lub oraz
dlaczego kiedy gdzie kto między stosunki rosja stany zjednoczone prezydent minister wojna pokój
porozumienie bezpieczeństwo dialog rozmowy negocjacje ambasada sankcje rząd teraz dzisiaj wczoraj
`
