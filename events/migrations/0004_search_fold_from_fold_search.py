"""`jihat_fold` becomes the SQL twin of `events.extraction.fold_search`, generated from it.

The function of migration 0002 folded a hand-kept table that disagreed with the admin's lookup
and the extractor (ؤ ئ ۀ ہ ھ, Arabic-Indic digits, invisible marks). FOLD_FUNCTION below is the
output of `python -m events.fold_sql` (events/fold_sql.py), frozen here as migrations are;
tests/api/test_search_fold.py fails when it no longer matches what fold_search folds, and a new
migration then carries the new output. The search index stores folded text, so it is rebuilt.
"""

from django.db import migrations

FOLD_FUNCTION = r'''CREATE OR REPLACE FUNCTION jihat_fold(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
BEGIN
  t := regexp_replace(t, U&'[\00AD\0610-\061Aـ\064B-\065F\0670\06D6-\06ED\08CA-\08E1\08E3-\08FF\200B-\200F\202A-\202E\2066-\2069ﳲ-ﳴ\FE00-\FE0F\FE20-\FE2Fﹱﹷﹹﹻﹽﹿ\FEFFﾞ-ﾟ]', '', 'g');
  IF t ~ U&'[«-ÿ]' THEN
    IF t ~ U&'[«-»]' THEN
      t := translate(t, U&'«´»', U&'\0022\0027\0022');
    END IF;
    IF t ~ U&'[À-ß]' THEN
      t := translate(t, U&'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ', U&'aaaaaaceeeeiiiiðnoooooouuuuyþ');
      t := replace(t, U&'ß', U&'ss');
    END IF;
    IF t ~ U&'[à-ÿ]' THEN
      t := translate(t, U&'àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ', U&'aaaaaaceeeeiiiinoooooouuuuyy');
      t := replace(t, U&'æ', U&'ae');
    END IF;
  END IF;
  IF t ~ U&'[Ā-ɎḀ-Ỿ]' THEN
    IF t ~ U&'[Ā-ž]' THEN
      IF t ~ U&'[Ā-ğ]' THEN
        t := translate(t, U&'ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğ', U&'aaaaaaccccccccddddeeeeeeeeeegggg');
      END IF;
      IF t ~ U&'[Ġ-Ŀ]' THEN
        t := translate(t, U&'ĠġĢģĤĥĦĨĩĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿ', U&'gggghhħiiiiiiiiiĳjjkkllllllŀ');
      END IF;
      IF t ~ U&'[Ł-ş]' THEN
        t := translate(t, U&'ŁłŃńŅņŇňŊŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞş', U&'llnnnnnnŋoooooorrrrrrssssss');
        t := replace(t, U&'Œ', U&'oe');
        t := replace(t, U&'œ', U&'oe');
      END IF;
      IF t ~ U&'[Š-ž]' THEN
        t := translate(t, U&'ŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž', U&'ssttttŧuuuuuuuuuuuuwwyyyzzzzzz');
      END IF;
    END IF;
    IF t ~ U&'[Ɓ-ǻ]' THEN
      IF t ~ U&'[Ɓ-Ɵ]' THEN
        t := translate(t, U&'ƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟ', U&'ɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵ');
      END IF;
      IF t ~ U&'[Ơ-Ƽ]' THEN
        t := translate(t, U&'ƠơƢƤƦƧƩƬƮƯưƱƲƳƵƷƸƼ', U&'ooƣƥʀƨʃƭʈuuʊʋƴƶʒƹƽ');
      END IF;
      IF t ~ U&'[Ǆ-ǟ]' THEN
        t := translate(t, U&'ǄǅǇǈǊǋǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟ', U&'ǆǆǉǉǌǌaaiioouuuuuuuuuuaa');
      END IF;
      IF t ~ U&'[Ǡ-ǻ]' THEN
        t := translate(t, U&'ǠǡǤǦǧǨǩǪǫǬǭǮǯǰǱǲǴǵǶǷǸǹǺǻ', U&'aaǥggkkooooʒʒjǳǳggƕƿnnaa');
      END IF;
    END IF;
    IF t ~ U&'[Ȁ-Ɏ]' THEN
      IF t ~ U&'[Ȁ-ȟ]' THEN
        t := translate(t, U&'ȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȞȟ', U&'aaaaeeeeiiiioooorrrruuuussttȝhh');
      END IF;
      IF t ~ U&'[Ƞ-Ⱦ]' THEN
        t := translate(t, U&'ȠȢȤȦȧȨȩȪȫȬȭȮȯȰȱȲȳȺȻȽȾ', U&'ƞȣȥaaeeooooooooyyⱥȼƚⱦ');
      END IF;
      IF t ~ U&'[Ɂ-Ɏ]' THEN
        t := translate(t, U&'ɁɃɄɅɆɈɊɌɎ', U&'ɂƀʉʌɇɉɋɍɏ');
      END IF;
    END IF;
    IF t ~ U&'[Ḁ-ṿ]' THEN
      IF t ~ U&'[Ḁ-ḟ]' THEN
        t := translate(t, U&'ḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟ', U&'aabbbbbbccddddddddddeeeeeeeeeeff');
      END IF;
      IF t ~ U&'[Ḡ-ḿ]' THEN
        t := translate(t, U&'ḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿ', U&'gghhhhhhhhhhiiiikkkkkkllllllllmm');
      END IF;
      IF t ~ U&'[Ṁ-ṟ]' THEN
        t := translate(t, U&'ṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟ', U&'mmmmnnnnnnnnoooooooopppprrrrrrrr');
      END IF;
      IF t ~ U&'[Ṡ-ṿ]' THEN
        t := translate(t, U&'ṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿ', U&'ssssssssssttttttttuuuuuuuuuuvvvv');
      END IF;
    END IF;
    IF t ~ U&'[Ẁ-Ỿ]' THEN
      IF t ~ U&'[Ẁ-ẛ]' THEN
        t := translate(t, U&'ẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛ', U&'wwwwwwwwwwxxxxyyzzzzzzhtwyſ');
      END IF;
      IF t ~ U&'[Ạ-ế]' THEN
        t := translate(t, U&'ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾế', U&'aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee');
      END IF;
      IF t ~ U&'[Ề-ở]' THEN
        t := translate(t, U&'ỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞở', U&'eeeeeeeeiiiioooooooooooooooooooo');
      END IF;
      IF t ~ U&'[Ỡ-Ỿ]' THEN
        t := translate(t, U&'ỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹỺỼỾ', U&'oooouuuuuuuuuuuuuuyyyyyyyyỻỽỿ');
      END IF;
    END IF;
  END IF;
  IF t ~ U&'[،-۹]' THEN
    IF t ~ U&'[،-ٱ]' THEN
      IF t ~ U&'[،-؟]' THEN
        t := translate(t, U&'،؛؟', U&',;?');
      END IF;
      IF t ~ U&'[آ-ة]' THEN
        t := translate(t, U&'آأؤإئة', U&'ااوايه');
      END IF;
      t := translate(t, U&'ى', U&'ي');
      IF t ~ U&'[٠-ٱ]' THEN
        t := translate(t, U&'٠١٢٣٤٥٦٧٨٩٫٬ٱ', U&'0123456789, ا');
      END IF;
    END IF;
    IF t ~ U&'[ڤ-۹]' THEN
      IF t ~ U&'[ڤ-ھ]' THEN
        t := translate(t, U&'ڤکڭگھ', U&'فكككه');
      END IF;
      IF t ~ U&'[ۀ-ە]' THEN
        t := translate(t, U&'ۀہیە', U&'ههيه');
      END IF;
      IF t ~ U&'[۰-۹]' THEN
        t := translate(t, U&'۰۱۲۳۴۵۶۷۸۹', U&'0123456789');
      END IF;
    END IF;
  END IF;
  IF t ~ U&'[‐-′]' THEN
    IF t ~ U&'[‐-„]' THEN
      t := translate(t, U&'‐‑‒–—―‘’“”„', U&'------\0027\0027\0022\0022\0022');
    END IF;
    t := translate(t, U&'′', U&'\0027');
    t := replace(t, U&'…', U&'...');
  END IF;
  IF t ~ U&'[ﭐ-￮]' THEN
    IF t ~ U&'[ﭐ-ﭿ]' THEN
      IF t ~ U&'[ﭐ-ﭟ]' THEN
        t := translate(t, U&'ﭐﭑﭒﭓﭔﭕﭖﭗﭘﭙﭚﭛﭜﭝﭞﭟ', U&'ااٻٻٻٻپپپپڀڀڀڀٺٺ');
      END IF;
      IF t ~ U&'[ﭠ-ﭿ]' THEN
        t := translate(t, U&'ﭠﭡﭢﭣﭤﭥﭦﭧﭨﭩﭪﭫﭬﭭﭮﭯﭰﭱﭲﭳﭴﭵﭶﭷﭸﭹﭺﭻﭼﭽﭾﭿ', U&'ٺٺٿٿٿٿٹٹٹٹففففڦڦڦڦڄڄڄڄڃڃڃڃچچچچڇڇ');
      END IF;
    END IF;
    IF t ~ U&'[ﮀ-ﯿ]' THEN
      IF t ~ U&'[ﮀ-ﮟ]' THEN
        t := translate(t, U&'ﮀﮁﮂﮃﮄﮅﮆﮇﮈﮉﮊﮋﮌﮍﮎﮏﮐﮑﮒﮓﮔﮕﮖﮗﮘﮙﮚﮛﮜﮝﮞﮟ', U&'ڇڇڍڍڌڌڎڎڈڈژژڑڑككككككككڳڳڳڳڱڱڱڱںں');
      END IF;
      IF t ~ U&'[ﮠ-ﮱ]' THEN
        t := translate(t, U&'ﮠﮡﮢﮣﮦﮧﮨﮩﮪﮫﮬﮭﮮﮯﮰﮱ', U&'ڻڻڻڻههههههههےےۓۓ');
      END IF;
      IF t ~ U&'[ﯗ-ﯟ]' THEN
        t := translate(t, U&'ﯗﯘﯙﯚﯛﯜﯞﯟ', U&'ۇۇۆۆۈۈۋۋ');
        t := replace(t, U&'ﯝ', U&'ۇٴ');
      END IF;
      IF t ~ U&'[ﯠ-ﯿ]' THEN
        t := translate(t, U&'ﯠﯡﯢﯣﯤﯥﯦﯧﯨﯩﯼﯽﯾﯿ', U&'ۅۅۉۉېېېېيييييي');
      END IF;
    END IF;
    IF t ~ U&'[ﰅ-ﱿ]' THEN
      IF t ~ U&'[ﰅ-ﰟ]' THEN
        t := replace(t, U&'ﰅ', U&'بج');
        t := replace(t, U&'ﰆ', U&'بح');
        t := replace(t, U&'ﰇ', U&'بخ');
        t := replace(t, U&'ﰈ', U&'بم');
        t := replace(t, U&'ﰉ', U&'بي');
        t := replace(t, U&'ﰊ', U&'بي');
        t := replace(t, U&'ﰋ', U&'تج');
        t := replace(t, U&'ﰌ', U&'تح');
        t := replace(t, U&'ﰍ', U&'تخ');
        t := replace(t, U&'ﰎ', U&'تم');
        t := replace(t, U&'ﰏ', U&'تي');
        t := replace(t, U&'ﰐ', U&'تي');
        t := replace(t, U&'ﰑ', U&'ثج');
        t := replace(t, U&'ﰒ', U&'ثم');
        t := replace(t, U&'ﰓ', U&'ثي');
        t := replace(t, U&'ﰔ', U&'ثي');
        t := replace(t, U&'ﰕ', U&'جح');
        t := replace(t, U&'ﰖ', U&'جم');
        t := replace(t, U&'ﰗ', U&'حج');
        t := replace(t, U&'ﰘ', U&'حم');
        t := replace(t, U&'ﰙ', U&'خج');
        t := replace(t, U&'ﰚ', U&'خح');
        t := replace(t, U&'ﰛ', U&'خم');
        t := replace(t, U&'ﰜ', U&'سج');
        t := replace(t, U&'ﰝ', U&'سح');
        t := replace(t, U&'ﰞ', U&'سخ');
        t := replace(t, U&'ﰟ', U&'سم');
      END IF;
      IF t ~ U&'[ﰠ-ﰿ]' THEN
        t := replace(t, U&'ﰠ', U&'صح');
        t := replace(t, U&'ﰡ', U&'صم');
        t := replace(t, U&'ﰢ', U&'ضج');
        t := replace(t, U&'ﰣ', U&'ضح');
        t := replace(t, U&'ﰤ', U&'ضخ');
        t := replace(t, U&'ﰥ', U&'ضم');
        t := replace(t, U&'ﰦ', U&'طح');
        t := replace(t, U&'ﰧ', U&'طم');
        t := replace(t, U&'ﰨ', U&'ظم');
        t := replace(t, U&'ﰩ', U&'عج');
        t := replace(t, U&'ﰪ', U&'عم');
        t := replace(t, U&'ﰫ', U&'غج');
        t := replace(t, U&'ﰬ', U&'غم');
        t := replace(t, U&'ﰭ', U&'فج');
        t := replace(t, U&'ﰮ', U&'فح');
        t := replace(t, U&'ﰯ', U&'فخ');
        t := replace(t, U&'ﰰ', U&'فم');
        t := replace(t, U&'ﰱ', U&'في');
        t := replace(t, U&'ﰲ', U&'في');
        t := replace(t, U&'ﰳ', U&'قح');
        t := replace(t, U&'ﰴ', U&'قم');
        t := replace(t, U&'ﰵ', U&'قي');
        t := replace(t, U&'ﰶ', U&'قي');
        t := replace(t, U&'ﰷ', U&'كا');
        t := replace(t, U&'ﰸ', U&'كج');
        t := replace(t, U&'ﰹ', U&'كح');
        t := replace(t, U&'ﰺ', U&'كخ');
        t := replace(t, U&'ﰻ', U&'كل');
        t := replace(t, U&'ﰼ', U&'كم');
        t := replace(t, U&'ﰽ', U&'كي');
        t := replace(t, U&'ﰾ', U&'كي');
        t := replace(t, U&'ﰿ', U&'لج');
      END IF;
      IF t ~ U&'[ﱀ-ﱟ]' THEN
        t := translate(t, U&'ﱛﱜﱝﱞﱟ', U&'ذري  ');
        t := replace(t, U&'ﱀ', U&'لح');
        t := replace(t, U&'ﱁ', U&'لخ');
        t := replace(t, U&'ﱂ', U&'لم');
        t := replace(t, U&'ﱃ', U&'لي');
        t := replace(t, U&'ﱄ', U&'لي');
        t := replace(t, U&'ﱅ', U&'مج');
        t := replace(t, U&'ﱆ', U&'مح');
        t := replace(t, U&'ﱇ', U&'مخ');
        t := replace(t, U&'ﱈ', U&'مم');
        t := replace(t, U&'ﱉ', U&'مي');
        t := replace(t, U&'ﱊ', U&'مي');
        t := replace(t, U&'ﱋ', U&'نج');
        t := replace(t, U&'ﱌ', U&'نح');
        t := replace(t, U&'ﱍ', U&'نخ');
        t := replace(t, U&'ﱎ', U&'نم');
        t := replace(t, U&'ﱏ', U&'ني');
        t := replace(t, U&'ﱐ', U&'ني');
        t := replace(t, U&'ﱑ', U&'هج');
        t := replace(t, U&'ﱒ', U&'هم');
        t := replace(t, U&'ﱓ', U&'هي');
        t := replace(t, U&'ﱔ', U&'هي');
        t := replace(t, U&'ﱕ', U&'يج');
        t := replace(t, U&'ﱖ', U&'يح');
        t := replace(t, U&'ﱗ', U&'يخ');
        t := replace(t, U&'ﱘ', U&'يم');
        t := replace(t, U&'ﱙ', U&'يي');
        t := replace(t, U&'ﱚ', U&'يي');
      END IF;
      IF t ~ U&'[ﱠ-ﱿ]' THEN
        t := translate(t, U&'ﱠﱡﱢﱣ', U&'    ');
        t := replace(t, U&'ﱪ', U&'بر');
        t := replace(t, U&'ﱫ', U&'بز');
        t := replace(t, U&'ﱬ', U&'بم');
        t := replace(t, U&'ﱭ', U&'بن');
        t := replace(t, U&'ﱮ', U&'بي');
        t := replace(t, U&'ﱯ', U&'بي');
        t := replace(t, U&'ﱰ', U&'تر');
        t := replace(t, U&'ﱱ', U&'تز');
        t := replace(t, U&'ﱲ', U&'تم');
        t := replace(t, U&'ﱳ', U&'تن');
        t := replace(t, U&'ﱴ', U&'تي');
        t := replace(t, U&'ﱵ', U&'تي');
        t := replace(t, U&'ﱶ', U&'ثر');
        t := replace(t, U&'ﱷ', U&'ثز');
        t := replace(t, U&'ﱸ', U&'ثم');
        t := replace(t, U&'ﱹ', U&'ثن');
        t := replace(t, U&'ﱺ', U&'ثي');
        t := replace(t, U&'ﱻ', U&'ثي');
        t := replace(t, U&'ﱼ', U&'في');
        t := replace(t, U&'ﱽ', U&'في');
        t := replace(t, U&'ﱾ', U&'قي');
        t := replace(t, U&'ﱿ', U&'قي');
      END IF;
    END IF;
    IF t ~ U&'[ﲀ-ﳿ]' THEN
      IF t ~ U&'[ﲀ-ﲟ]' THEN
        t := translate(t, U&'ﲐ', U&'ي');
        t := replace(t, U&'ﲀ', U&'كا');
        t := replace(t, U&'ﲁ', U&'كل');
        t := replace(t, U&'ﲂ', U&'كم');
        t := replace(t, U&'ﲃ', U&'كي');
        t := replace(t, U&'ﲄ', U&'كي');
        t := replace(t, U&'ﲅ', U&'لم');
        t := replace(t, U&'ﲆ', U&'لي');
        t := replace(t, U&'ﲇ', U&'لي');
        t := replace(t, U&'ﲈ', U&'ما');
        t := replace(t, U&'ﲉ', U&'مم');
        t := replace(t, U&'ﲊ', U&'نر');
        t := replace(t, U&'ﲋ', U&'نز');
        t := replace(t, U&'ﲌ', U&'نم');
        t := replace(t, U&'ﲍ', U&'نن');
        t := replace(t, U&'ﲎ', U&'ني');
        t := replace(t, U&'ﲏ', U&'ني');
        t := replace(t, U&'ﲑ', U&'ير');
        t := replace(t, U&'ﲒ', U&'يز');
        t := replace(t, U&'ﲓ', U&'يم');
        t := replace(t, U&'ﲔ', U&'ين');
        t := replace(t, U&'ﲕ', U&'يي');
        t := replace(t, U&'ﲖ', U&'يي');
        t := replace(t, U&'ﲜ', U&'بج');
        t := replace(t, U&'ﲝ', U&'بح');
        t := replace(t, U&'ﲞ', U&'بخ');
        t := replace(t, U&'ﲟ', U&'بم');
      END IF;
      IF t ~ U&'[ﲠ-ﲿ]' THEN
        t := replace(t, U&'ﲠ', U&'به');
        t := replace(t, U&'ﲡ', U&'تج');
        t := replace(t, U&'ﲢ', U&'تح');
        t := replace(t, U&'ﲣ', U&'تخ');
        t := replace(t, U&'ﲤ', U&'تم');
        t := replace(t, U&'ﲥ', U&'ته');
        t := replace(t, U&'ﲦ', U&'ثم');
        t := replace(t, U&'ﲧ', U&'جح');
        t := replace(t, U&'ﲨ', U&'جم');
        t := replace(t, U&'ﲩ', U&'حج');
        t := replace(t, U&'ﲪ', U&'حم');
        t := replace(t, U&'ﲫ', U&'خج');
        t := replace(t, U&'ﲬ', U&'خم');
        t := replace(t, U&'ﲭ', U&'سج');
        t := replace(t, U&'ﲮ', U&'سح');
        t := replace(t, U&'ﲯ', U&'سخ');
        t := replace(t, U&'ﲰ', U&'سم');
        t := replace(t, U&'ﲱ', U&'صح');
        t := replace(t, U&'ﲲ', U&'صخ');
        t := replace(t, U&'ﲳ', U&'صم');
        t := replace(t, U&'ﲴ', U&'ضج');
        t := replace(t, U&'ﲵ', U&'ضح');
        t := replace(t, U&'ﲶ', U&'ضخ');
        t := replace(t, U&'ﲷ', U&'ضم');
        t := replace(t, U&'ﲸ', U&'طح');
        t := replace(t, U&'ﲹ', U&'ظم');
        t := replace(t, U&'ﲺ', U&'عج');
        t := replace(t, U&'ﲻ', U&'عم');
        t := replace(t, U&'ﲼ', U&'غج');
        t := replace(t, U&'ﲽ', U&'غم');
        t := replace(t, U&'ﲾ', U&'فج');
        t := replace(t, U&'ﲿ', U&'فح');
      END IF;
      IF t ~ U&'[ﳀ-ﳞ]' THEN
        t := translate(t, U&'ﳙ', U&'ه');
        t := replace(t, U&'ﳀ', U&'فخ');
        t := replace(t, U&'ﳁ', U&'فم');
        t := replace(t, U&'ﳂ', U&'قح');
        t := replace(t, U&'ﳃ', U&'قم');
        t := replace(t, U&'ﳄ', U&'كج');
        t := replace(t, U&'ﳅ', U&'كح');
        t := replace(t, U&'ﳆ', U&'كخ');
        t := replace(t, U&'ﳇ', U&'كل');
        t := replace(t, U&'ﳈ', U&'كم');
        t := replace(t, U&'ﳉ', U&'لج');
        t := replace(t, U&'ﳊ', U&'لح');
        t := replace(t, U&'ﳋ', U&'لخ');
        t := replace(t, U&'ﳌ', U&'لم');
        t := replace(t, U&'ﳍ', U&'له');
        t := replace(t, U&'ﳎ', U&'مج');
        t := replace(t, U&'ﳏ', U&'مح');
        t := replace(t, U&'ﳐ', U&'مخ');
        t := replace(t, U&'ﳑ', U&'مم');
        t := replace(t, U&'ﳒ', U&'نج');
        t := replace(t, U&'ﳓ', U&'نح');
        t := replace(t, U&'ﳔ', U&'نخ');
        t := replace(t, U&'ﳕ', U&'نم');
        t := replace(t, U&'ﳖ', U&'نه');
        t := replace(t, U&'ﳗ', U&'هج');
        t := replace(t, U&'ﳘ', U&'هم');
        t := replace(t, U&'ﳚ', U&'يج');
        t := replace(t, U&'ﳛ', U&'يح');
        t := replace(t, U&'ﳜ', U&'يخ');
        t := replace(t, U&'ﳝ', U&'يم');
        t := replace(t, U&'ﳞ', U&'يه');
      END IF;
      IF t ~ U&'[ﳡ-ﳿ]' THEN
        t := replace(t, U&'ﳡ', U&'بم');
        t := replace(t, U&'ﳢ', U&'به');
        t := replace(t, U&'ﳣ', U&'تم');
        t := replace(t, U&'ﳤ', U&'ته');
        t := replace(t, U&'ﳥ', U&'ثم');
        t := replace(t, U&'ﳦ', U&'ثه');
        t := replace(t, U&'ﳧ', U&'سم');
        t := replace(t, U&'ﳨ', U&'سه');
        t := replace(t, U&'ﳩ', U&'شم');
        t := replace(t, U&'ﳪ', U&'شه');
        t := replace(t, U&'ﳫ', U&'كل');
        t := replace(t, U&'ﳬ', U&'كم');
        t := replace(t, U&'ﳭ', U&'لم');
        t := replace(t, U&'ﳮ', U&'نم');
        t := replace(t, U&'ﳯ', U&'نه');
        t := replace(t, U&'ﳰ', U&'يم');
        t := replace(t, U&'ﳱ', U&'يه');
        t := replace(t, U&'ﳵ', U&'طي');
        t := replace(t, U&'ﳶ', U&'طي');
        t := replace(t, U&'ﳷ', U&'عي');
        t := replace(t, U&'ﳸ', U&'عي');
        t := replace(t, U&'ﳹ', U&'غي');
        t := replace(t, U&'ﳺ', U&'غي');
        t := replace(t, U&'ﳻ', U&'سي');
        t := replace(t, U&'ﳼ', U&'سي');
        t := replace(t, U&'ﳽ', U&'شي');
        t := replace(t, U&'ﳾ', U&'شي');
        t := replace(t, U&'ﳿ', U&'حي');
      END IF;
    END IF;
    IF t ~ U&'[ﴀ-ﵿ]' THEN
      IF t ~ U&'[ﴀ-ﴟ]' THEN
        t := replace(t, U&'ﴀ', U&'حي');
        t := replace(t, U&'ﴁ', U&'جي');
        t := replace(t, U&'ﴂ', U&'جي');
        t := replace(t, U&'ﴃ', U&'خي');
        t := replace(t, U&'ﴄ', U&'خي');
        t := replace(t, U&'ﴅ', U&'صي');
        t := replace(t, U&'ﴆ', U&'صي');
        t := replace(t, U&'ﴇ', U&'ضي');
        t := replace(t, U&'ﴈ', U&'ضي');
        t := replace(t, U&'ﴉ', U&'شج');
        t := replace(t, U&'ﴊ', U&'شح');
        t := replace(t, U&'ﴋ', U&'شخ');
        t := replace(t, U&'ﴌ', U&'شم');
        t := replace(t, U&'ﴍ', U&'شر');
        t := replace(t, U&'ﴎ', U&'سر');
        t := replace(t, U&'ﴏ', U&'صر');
        t := replace(t, U&'ﴐ', U&'ضر');
        t := replace(t, U&'ﴑ', U&'طي');
        t := replace(t, U&'ﴒ', U&'طي');
        t := replace(t, U&'ﴓ', U&'عي');
        t := replace(t, U&'ﴔ', U&'عي');
        t := replace(t, U&'ﴕ', U&'غي');
        t := replace(t, U&'ﴖ', U&'غي');
        t := replace(t, U&'ﴗ', U&'سي');
        t := replace(t, U&'ﴘ', U&'سي');
        t := replace(t, U&'ﴙ', U&'شي');
        t := replace(t, U&'ﴚ', U&'شي');
        t := replace(t, U&'ﴛ', U&'حي');
        t := replace(t, U&'ﴜ', U&'حي');
        t := replace(t, U&'ﴝ', U&'جي');
        t := replace(t, U&'ﴞ', U&'جي');
        t := replace(t, U&'ﴟ', U&'خي');
      END IF;
      IF t ~ U&'[ﴠ-ﴽ]' THEN
        t := translate(t, U&'ﴼﴽ', U&'اا');
        t := replace(t, U&'ﴠ', U&'خي');
        t := replace(t, U&'ﴡ', U&'صي');
        t := replace(t, U&'ﴢ', U&'صي');
        t := replace(t, U&'ﴣ', U&'ضي');
        t := replace(t, U&'ﴤ', U&'ضي');
        t := replace(t, U&'ﴥ', U&'شج');
        t := replace(t, U&'ﴦ', U&'شح');
        t := replace(t, U&'ﴧ', U&'شخ');
        t := replace(t, U&'ﴨ', U&'شم');
        t := replace(t, U&'ﴩ', U&'شر');
        t := replace(t, U&'ﴪ', U&'سر');
        t := replace(t, U&'ﴫ', U&'صر');
        t := replace(t, U&'ﴬ', U&'ضر');
        t := replace(t, U&'ﴭ', U&'شج');
        t := replace(t, U&'ﴮ', U&'شح');
        t := replace(t, U&'ﴯ', U&'شخ');
        t := replace(t, U&'ﴰ', U&'شم');
        t := replace(t, U&'ﴱ', U&'سه');
        t := replace(t, U&'ﴲ', U&'شه');
        t := replace(t, U&'ﴳ', U&'طم');
        t := replace(t, U&'ﴴ', U&'سج');
        t := replace(t, U&'ﴵ', U&'سح');
        t := replace(t, U&'ﴶ', U&'سخ');
        t := replace(t, U&'ﴷ', U&'شج');
        t := replace(t, U&'ﴸ', U&'شح');
        t := replace(t, U&'ﴹ', U&'شخ');
        t := replace(t, U&'ﴺ', U&'طم');
        t := replace(t, U&'ﴻ', U&'ظم');
      END IF;
      IF t ~ U&'[ﵐ-ﵟ]' THEN
        t := replace(t, U&'ﵐ', U&'تجم');
        t := replace(t, U&'ﵑ', U&'تحج');
        t := replace(t, U&'ﵒ', U&'تحج');
        t := replace(t, U&'ﵓ', U&'تحم');
        t := replace(t, U&'ﵔ', U&'تخم');
        t := replace(t, U&'ﵕ', U&'تمج');
        t := replace(t, U&'ﵖ', U&'تمح');
        t := replace(t, U&'ﵗ', U&'تمخ');
        t := replace(t, U&'ﵘ', U&'جمح');
        t := replace(t, U&'ﵙ', U&'جمح');
        t := replace(t, U&'ﵚ', U&'حمي');
        t := replace(t, U&'ﵛ', U&'حمي');
        t := replace(t, U&'ﵜ', U&'سحج');
        t := replace(t, U&'ﵝ', U&'سجح');
        t := replace(t, U&'ﵞ', U&'سجي');
        t := replace(t, U&'ﵟ', U&'سمح');
      END IF;
      IF t ~ U&'[ﵠ-ﵿ]' THEN
        t := replace(t, U&'ﵠ', U&'سمح');
        t := replace(t, U&'ﵡ', U&'سمج');
        t := replace(t, U&'ﵢ', U&'سمم');
        t := replace(t, U&'ﵣ', U&'سمم');
        t := replace(t, U&'ﵤ', U&'صحح');
        t := replace(t, U&'ﵥ', U&'صحح');
        t := replace(t, U&'ﵦ', U&'صمم');
        t := replace(t, U&'ﵧ', U&'شحم');
        t := replace(t, U&'ﵨ', U&'شحم');
        t := replace(t, U&'ﵩ', U&'شجي');
        t := replace(t, U&'ﵪ', U&'شمخ');
        t := replace(t, U&'ﵫ', U&'شمخ');
        t := replace(t, U&'ﵬ', U&'شمم');
        t := replace(t, U&'ﵭ', U&'شمم');
        t := replace(t, U&'ﵮ', U&'ضحي');
        t := replace(t, U&'ﵯ', U&'ضخم');
        t := replace(t, U&'ﵰ', U&'ضخم');
        t := replace(t, U&'ﵱ', U&'طمح');
        t := replace(t, U&'ﵲ', U&'طمح');
        t := replace(t, U&'ﵳ', U&'طمم');
        t := replace(t, U&'ﵴ', U&'طمي');
        t := replace(t, U&'ﵵ', U&'عجم');
        t := replace(t, U&'ﵶ', U&'عمم');
        t := replace(t, U&'ﵷ', U&'عمم');
        t := replace(t, U&'ﵸ', U&'عمي');
        t := replace(t, U&'ﵹ', U&'غمم');
        t := replace(t, U&'ﵺ', U&'غمي');
        t := replace(t, U&'ﵻ', U&'غمي');
        t := replace(t, U&'ﵼ', U&'فخم');
        t := replace(t, U&'ﵽ', U&'فخم');
        t := replace(t, U&'ﵾ', U&'قمح');
        t := replace(t, U&'ﵿ', U&'قمم');
      END IF;
    END IF;
    IF t ~ U&'[ﶀ-﷼]' THEN
      IF t ~ U&'[ﶀ-ﶟ]' THEN
        t := replace(t, U&'ﶀ', U&'لحم');
        t := replace(t, U&'ﶁ', U&'لحي');
        t := replace(t, U&'ﶂ', U&'لحي');
        t := replace(t, U&'ﶃ', U&'لجج');
        t := replace(t, U&'ﶄ', U&'لجج');
        t := replace(t, U&'ﶅ', U&'لخم');
        t := replace(t, U&'ﶆ', U&'لخم');
        t := replace(t, U&'ﶇ', U&'لمح');
        t := replace(t, U&'ﶈ', U&'لمح');
        t := replace(t, U&'ﶉ', U&'محج');
        t := replace(t, U&'ﶊ', U&'محم');
        t := replace(t, U&'ﶋ', U&'محي');
        t := replace(t, U&'ﶌ', U&'مجح');
        t := replace(t, U&'ﶍ', U&'مجم');
        t := replace(t, U&'ﶎ', U&'مخج');
        t := replace(t, U&'ﶏ', U&'مخم');
        t := replace(t, U&'ﶒ', U&'مجخ');
        t := replace(t, U&'ﶓ', U&'همج');
        t := replace(t, U&'ﶔ', U&'همم');
        t := replace(t, U&'ﶕ', U&'نحم');
        t := replace(t, U&'ﶖ', U&'نحي');
        t := replace(t, U&'ﶗ', U&'نجم');
        t := replace(t, U&'ﶘ', U&'نجم');
        t := replace(t, U&'ﶙ', U&'نجي');
        t := replace(t, U&'ﶚ', U&'نمي');
        t := replace(t, U&'ﶛ', U&'نمي');
        t := replace(t, U&'ﶜ', U&'يمم');
        t := replace(t, U&'ﶝ', U&'يمم');
        t := replace(t, U&'ﶞ', U&'بخي');
        t := replace(t, U&'ﶟ', U&'تجي');
      END IF;
      IF t ~ U&'[ﶠ-ﶿ]' THEN
        t := replace(t, U&'ﶠ', U&'تجي');
        t := replace(t, U&'ﶡ', U&'تخي');
        t := replace(t, U&'ﶢ', U&'تخي');
        t := replace(t, U&'ﶣ', U&'تمي');
        t := replace(t, U&'ﶤ', U&'تمي');
        t := replace(t, U&'ﶥ', U&'جمي');
        t := replace(t, U&'ﶦ', U&'جحي');
        t := replace(t, U&'ﶧ', U&'جمي');
        t := replace(t, U&'ﶨ', U&'سخي');
        t := replace(t, U&'ﶩ', U&'صحي');
        t := replace(t, U&'ﶪ', U&'شحي');
        t := replace(t, U&'ﶫ', U&'ضحي');
        t := replace(t, U&'ﶬ', U&'لجي');
        t := replace(t, U&'ﶭ', U&'لمي');
        t := replace(t, U&'ﶮ', U&'يحي');
        t := replace(t, U&'ﶯ', U&'يجي');
        t := replace(t, U&'ﶰ', U&'يمي');
        t := replace(t, U&'ﶱ', U&'ممي');
        t := replace(t, U&'ﶲ', U&'قمي');
        t := replace(t, U&'ﶳ', U&'نحي');
        t := replace(t, U&'ﶴ', U&'قمح');
        t := replace(t, U&'ﶵ', U&'لحم');
        t := replace(t, U&'ﶶ', U&'عمي');
        t := replace(t, U&'ﶷ', U&'كمي');
        t := replace(t, U&'ﶸ', U&'نجح');
        t := replace(t, U&'ﶹ', U&'مخي');
        t := replace(t, U&'ﶺ', U&'لجم');
        t := replace(t, U&'ﶻ', U&'كمم');
        t := replace(t, U&'ﶼ', U&'لجم');
        t := replace(t, U&'ﶽ', U&'نجح');
        t := replace(t, U&'ﶾ', U&'جحي');
        t := replace(t, U&'ﶿ', U&'حجي');
      END IF;
      IF t ~ U&'[ﷀ-ﷇ]' THEN
        t := replace(t, U&'ﷀ', U&'مجي');
        t := replace(t, U&'ﷁ', U&'فمي');
        t := replace(t, U&'ﷂ', U&'بحي');
        t := replace(t, U&'ﷃ', U&'كمم');
        t := replace(t, U&'ﷄ', U&'عجم');
        t := replace(t, U&'ﷅ', U&'صمم');
        t := replace(t, U&'ﷆ', U&'سخي');
        t := replace(t, U&'ﷇ', U&'نجي');
      END IF;
      IF t ~ U&'[ﷰ-﷼]' THEN
        t := replace(t, U&'ﷰ', U&'صلے');
        t := replace(t, U&'ﷱ', U&'قلے');
        t := replace(t, U&'ﷲ', U&'الله');
        t := replace(t, U&'ﷳ', U&'اكبر');
        t := replace(t, U&'ﷴ', U&'محمد');
        t := replace(t, U&'ﷵ', U&'صلعم');
        t := replace(t, U&'ﷶ', U&'رسول');
        t := replace(t, U&'ﷷ', U&'عليه');
        t := replace(t, U&'ﷸ', U&'وسلم');
        t := replace(t, U&'ﷹ', U&'صلي');
        t := replace(t, U&'ﷺ', U&'صلي الله عليه وسلم');
        t := replace(t, U&'ﷻ', U&'جل جلاله');
        t := replace(t, U&'﷼', U&'ريال');
      END IF;
    END IF;
    IF t ~ U&'[︐-ﹾ]' THEN
      IF t ~ U&'[︐-︙]' THEN
        t := translate(t, U&'︐︑︒︓︔︕︖︗︘', U&',、。:;!?〖〗');
        t := replace(t, U&'︙', U&'...');
      END IF;
      IF t ~ U&'[︰-︿]' THEN
        t := translate(t, U&'︱︲︳︴︵︶︷︸︹︺︻︼︽︾︿', U&'--__(){}〔〕【】《》〈');
        t := replace(t, U&'︰', U&'..');
      END IF;
      IF t ~ U&'[﹀-﹟]' THEN
        t := translate(t, U&'﹀﹁﹂﹃﹄﹇﹈﹉﹊﹋﹌﹍﹎﹏﹐﹑﹒﹔﹕﹖﹗﹘﹙﹚﹛﹜﹝﹞﹟', U&'〉「」『』[]    ___,、.;:?!-(){}〔〕#');
      END IF;
      IF t ~ U&'[﹠-ﹾ]' THEN
        t := translate(t, U&'﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫ﹰﹲﹴﹶﹸﹺﹼﹾ', U&'&*+-<>=\\$%@        ');
      END IF;
    END IF;
    IF t ~ U&'[ﺀ-ﻼ]' THEN
      IF t ~ U&'[ﺀ-ﺟ]' THEN
        t := translate(t, U&'ﺀﺁﺂﺃﺄﺇﺈﺍﺎﺏﺐﺑﺒﺓﺔﺕﺖﺗﺘﺙﺚﺛﺜﺝﺞﺟ', U&'ءااااااااببببههتتتتثثثثججج');
      END IF;
      IF t ~ U&'[ﺠ-ﺿ]' THEN
        t := translate(t, U&'ﺠﺡﺢﺣﺤﺥﺦﺧﺨﺩﺪﺫﺬﺭﺮﺯﺰﺱﺲﺳﺴﺵﺶﺷﺸﺹﺺﺻﺼﺽﺾﺿ', U&'جححححخخخخددذذررززسسسسششششصصصصضضض');
      END IF;
      IF t ~ U&'[ﻀ-ﻟ]' THEN
        t := translate(t, U&'ﻀﻁﻂﻃﻄﻅﻆﻇﻈﻉﻊﻋﻌﻍﻎﻏﻐﻑﻒﻓﻔﻕﻖﻗﻘﻙﻚﻛﻜﻝﻞﻟ', U&'ضططططظظظظععععغغغغففففققققككككللل');
      END IF;
      IF t ~ U&'[ﻠ-ﻼ]' THEN
        t := translate(t, U&'ﻠﻡﻢﻣﻤﻥﻦﻧﻨﻩﻪﻫﻬﻭﻮﻯﻰﻱﻲﻳﻴ', U&'لممممننننههههوويييييي');
        t := replace(t, U&'ﻵ', U&'لا');
        t := replace(t, U&'ﻶ', U&'لا');
        t := replace(t, U&'ﻷ', U&'لا');
        t := replace(t, U&'ﻸ', U&'لا');
        t := replace(t, U&'ﻹ', U&'لا');
        t := replace(t, U&'ﻺ', U&'لا');
        t := replace(t, U&'ﻻ', U&'لا');
        t := replace(t, U&'ﻼ', U&'لا');
      END IF;
    END IF;
    IF t ~ U&'[！-ｿ]' THEN
      IF t ~ U&'[！-？]' THEN
        t := translate(t, U&'！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？', U&'!\0022#$%&\0027()*+,-./0123456789:;<=>?');
      END IF;
      IF t ~ U&'[＠-＿]' THEN
        t := translate(t, U&'＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿', U&'@abcdefghijklmnopqrstuvwxyz[\\]^_');
      END IF;
      IF t ~ U&'[｀-｟]' THEN
        t := translate(t, U&'｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～｟', U&'`abcdefghijklmnopqrstuvwxyz{|}~⦅');
      END IF;
      IF t ~ U&'[｠-ｿ]' THEN
        t := translate(t, U&'｠｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿ', U&'⦆。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソ');
      END IF;
    END IF;
    IF t ~ U&'[ﾀ-￮]' THEN
      IF t ~ U&'[ﾀ-ﾝ]' THEN
        t := translate(t, U&'ﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ', U&'タチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン');
      END IF;
      IF t ~ U&'[ﾠ-ﾾ]' THEN
        t := translate(t, U&'ﾠﾡﾢﾣﾤﾥﾦﾧﾨﾩﾪﾫﾬﾭﾮﾯﾰﾱﾲﾳﾴﾵﾶﾷﾸﾹﾺﾻﾼﾽﾾ', U&'ᅠᄀᄁᆪᄂᆬᆭᄃᄄᄅᆰᆱᆲᆳᆴᆵᄚᄆᄇᄈᄡᄉᄊᄋᄌᄍᄎᄏᄐᄑᄒ');
      END IF;
      IF t ~ U&'[ￂ-ￜ]' THEN
        t := translate(t, U&'ￂￃￄￅￆￇￊￋￌￍￎￏￒￓￔￕￖￗￚￛￜ', U&'ᅡᅢᅣᅤᅥᅦᅧᅨᅩᅪᅫᅬᅭᅮᅯᅰᅱᅲᅳᅴᅵ');
      END IF;
      IF t ~ U&'[￠-￮]' THEN
        t := translate(t, U&'￠￡￢￣￤￥￦￨￩￪￫￬￭￮', U&'¢£¬ ¦¥₩│←↑→↓■○');
      END IF;
    END IF;
  END IF;
  -- keys that fold further (fold_search maps them once only)
  IF t ~ U&'[Æ]' THEN
    t := translate(t, U&'Æ', U&'æ');
  END IF;
  IF t ~ U&'[Ǣ-ǿẞ]' THEN
    IF t ~ U&'[Ǣ-ǿ]' THEN
      t := translate(t, U&'ǢǣǼǽǾǿ', U&'ææææøø');
    END IF;
    t := translate(t, U&'ẞ', U&'ß');
  END IF;
  IF t ~ U&'[ﮤ-ﳠﺅ-ﺌ]' THEN
    IF t ~ U&'[ﮤ-ﯻ]' THEN
      t := translate(t, U&'ﮤﮥ', U&'ۀۀ');
      IF t ~ U&'[ﯓ-ﯖ]' THEN
        t := translate(t, U&'ﯓﯔﯕﯖ', U&'ڭڭڭڭ');
      END IF;
      IF t ~ U&'[ﯪ-ﯻ]' THEN
        t := replace(t, U&'ﯪ', U&'ئا');
        t := replace(t, U&'ﯫ', U&'ئا');
        t := replace(t, U&'ﯬ', U&'ئە');
        t := replace(t, U&'ﯭ', U&'ئە');
        t := replace(t, U&'ﯮ', U&'ئو');
        t := replace(t, U&'ﯯ', U&'ئو');
        t := replace(t, U&'ﯰ', U&'ئۇ');
        t := replace(t, U&'ﯱ', U&'ئۇ');
        t := replace(t, U&'ﯲ', U&'ئۆ');
        t := replace(t, U&'ﯳ', U&'ئۆ');
        t := replace(t, U&'ﯴ', U&'ئۈ');
        t := replace(t, U&'ﯵ', U&'ئۈ');
        t := replace(t, U&'ﯶ', U&'ئې');
        t := replace(t, U&'ﯷ', U&'ئې');
        t := replace(t, U&'ﯸ', U&'ئې');
        t := replace(t, U&'ﯹ', U&'ئي');
        t := replace(t, U&'ﯺ', U&'ئي');
        t := replace(t, U&'ﯻ', U&'ئي');
      END IF;
    END IF;
    IF t ~ U&'[ﰀ-ﱩ]' THEN
      IF t ~ U&'[ﰀ-ﰄ]' THEN
        t := replace(t, U&'ﰀ', U&'ئج');
        t := replace(t, U&'ﰁ', U&'ئح');
        t := replace(t, U&'ﰂ', U&'ئم');
        t := replace(t, U&'ﰃ', U&'ئي');
        t := replace(t, U&'ﰄ', U&'ئي');
      END IF;
      IF t ~ U&'[ﱤ-ﱩ]' THEN
        t := replace(t, U&'ﱤ', U&'ئر');
        t := replace(t, U&'ﱥ', U&'ئز');
        t := replace(t, U&'ﱦ', U&'ئم');
        t := replace(t, U&'ﱧ', U&'ئن');
        t := replace(t, U&'ﱨ', U&'ئي');
        t := replace(t, U&'ﱩ', U&'ئي');
      END IF;
    END IF;
    IF t ~ U&'[ﲗ-ﳠ]' THEN
      IF t ~ U&'[ﲗ-ﲛ]' THEN
        t := replace(t, U&'ﲗ', U&'ئج');
        t := replace(t, U&'ﲘ', U&'ئح');
        t := replace(t, U&'ﲙ', U&'ئخ');
        t := replace(t, U&'ﲚ', U&'ئم');
        t := replace(t, U&'ﲛ', U&'ئه');
      END IF;
      t := replace(t, U&'ﳟ', U&'ئم');
      t := replace(t, U&'ﳠ', U&'ئه');
    END IF;
    IF t ~ U&'[ﺅ-ﺌ]' THEN
      t := translate(t, U&'ﺅﺆﺉﺊﺋﺌ', U&'ؤؤئئئئ');
    END IF;
  END IF;
  t := lower(t);
  IF t ~ U&'[\0009-\000D\001C-\001F\0085\00A0\1680\2000-\200A\2028-\2029\202F\205F\3000]|  ' THEN
    t := regexp_replace(t, U&'[\0009-\000D\001C- \0085\00A0\1680\2000-\200A\2028-\2029\202F\205F\3000]+', ' ', 'g');
  END IF;
  RETURN btrim(t);
END
$fold$;
'''

# Migration 0002's function, for going back.
PREVIOUS_FOLD_FUNCTION = """
CREATE OR REPLACE FUNCTION jihat_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(lower(regexp_replace(t, '[\u064b-\u065f\u0670-\u0670\u0640-\u0640]', '', 'g')),
                   'أإآٱىیةۀہھگکڭڤàâäéèêëîïôöùûüç', 'ااااييههههكككفaaaeeeeiioouuuc')
$$;
"""

REINDEX = "REINDEX INDEX meeting_search_trgm;"


class Migration(migrations.Migration):
    dependencies = [("events", "0003_api_public_region_index")]

    operations = [
        migrations.RunSQL(FOLD_FUNCTION + REINDEX, PREVIOUS_FOLD_FUNCTION + REINDEX),
    ]
