#include "sandbox/catalogue.h"

#include <array>

namespace anxin::sandbox::catalogue {
namespace {

using K = CategoryKind;

constexpr std::array<Category, 8> kCategories{{
    {K::Fruit, 20000, "生鲜水果", 15},
    {K::Seafood, 20001, "海鲜水产", 7},
    {K::Flowers, 20002, "鲜花绿植", 3},
    {K::SkinCare, 20003, "美容护肤", 15},
    {K::MakeUp, 20004, "彩妆香水", 15},
    {K::Apparel, 20005, "女装服饰", 15},
    {K::Baby, 20006, "母婴用品", 0},
    {K::Snacks, 20007, "休闲零食", 0},
}};

// Guarantee flags per product: most fresh goods carry damaged_order_return, most beauty goods the allergy
// return; a few do not, so the client's "not eligible" path has real data.
constexpr std::array<CatalogueEntry, 40> kEntries{{
    {"泰国金枕榴莲 3-4斤 带壳鲜果", K::Fruit, 36800, "重量:3-4斤", 0, 0, 1},
    {"智利进口车厘子 JJ级 2斤礼盒", K::Fruit, 15900, "规格:JJ级 2斤", 0, 0, 1},
    {"海南贵妃芒果 5斤 当季新鲜", K::Fruit, 3990, "重量:5斤", 0, 0, 1},
    {"丹东99红颜草莓 3斤 顺丰冷链", K::Fruit, 8990, "重量:3斤", 0, 0, 1},
    {"阳光玫瑰葡萄 2串 约2斤", K::Fruit, 5990, "规格:2串", 0, 0, 1},
    {"广东妃子笑荔枝 5斤", K::Fruit, 6980, "重量:5斤", 0, 0, 1},
    {"陕西眉县徐香猕猴桃 30枚", K::Fruit, 4590, "规格:30枚", 0, 0, 0},
    {"赣南脐橙 10斤 产地直发", K::Fruit, 4990, "重量:10斤", 0, 0, 1},
    {"阳澄湖大闸蟹 公4.0两 母3.0两 8只", K::Seafood, 29800, "规格:4对8只", 0, 0, 1},
    {"鲜活基围虾 2斤 冰鲜", K::Seafood, 12800, "重量:2斤", 0, 0, 1},
    {"挪威冰鲜三文鱼中段 500g", K::Seafood, 13900, "重量:500g", 0, 0, 1},
    {"舟山带鱼段 5斤", K::Seafood, 9900, "重量:5斤", 0, 0, 0},
    {"云南鲜切玫瑰 19枝 花束", K::Flowers, 9900, "规格:19枝", 0, 0, 1},
    {"康乃馨混搭鲜花 20枝", K::Flowers, 6900, "规格:20枝", 0, 0, 1},
    {"多肉植物组合盆栽 6株", K::Flowers, 3900, "规格:6株", 0, 0, 0},
    {"玻尿酸修护精华液 50ml", K::SkinCare, 149000, "容量:50ml", 1, 1, 0},
    {"烟酰胺亮肤面霜 50g", K::SkinCare, 32900, "容量:50g", 1, 1, 0},
    {"补水保湿面膜 10片装", K::SkinCare, 9900, "规格:10片", 1, 1, 0},
    {"氨基酸洁面乳 120g", K::SkinCare, 6900, "容量:120g", 1, 1, 0},
    {"视黄醇抗皱眼霜 15ml", K::SkinCare, 45900, "容量:15ml", 1, 0, 0},
    {"丝绒哑光口红 #999", K::MakeUp, 32000, "色号:#999", 1, 1, 0},
    {"持妆粉底液 30ml", K::MakeUp, 42000, "色号:象牙白", 1, 1, 0},
    {"大地色眼影盘 12色", K::MakeUp, 15900, "规格:12色", 1, 1, 0},
    {"定妆散粉 8g", K::MakeUp, 9900, "色号:自然色", 1, 0, 0},
    {"法式碎花连衣裙 夏季新款", K::Apparel, 19900, "颜色:蓝色;尺码:M", 1, 0, 0},
    {"轻薄白鸭绒羽绒服 短款", K::Apparel, 49900, "颜色:黑色;尺码:L", 1, 0, 0},
    {"纯棉宽松短袖T恤", K::Apparel, 5900, "颜色:白色;尺码:XL", 1, 0, 0},
    {"高腰直筒牛仔裤", K::Apparel, 12900, "颜色:浅蓝;尺码:27", 1, 0, 0},
    {"婴儿纸尿裤 L码 52片", K::Baby, 11900, "尺码:L", 1, 0, 0},
    {"婴幼儿配方奶粉 3段 800g", K::Baby, 26800, "规格:800g", 1, 0, 0},
    {"宝宝湿巾 80抽 6包", K::Baby, 3990, "规格:6包", 1, 0, 0},
    {"儿童保温水杯 316不锈钢", K::Baby, 8900, "颜色:粉色", 1, 0, 0},
    {"每日坚果礼盒 30袋", K::Snacks, 8990, "规格:30袋", 1, 0, 0},
    {"内蒙古风干牛肉干 500g", K::Snacks, 9900, "口味:原味", 1, 0, 0},
    {"手工芝麻糖 400g", K::Snacks, 2990, "规格:400g", 1, 0, 0},
    {"麻辣小龙虾尾 4盒", K::Snacks, 12900, "口味:麻辣", 1, 0, 0},
    {"新疆和田大枣 2斤", K::Snacks, 4990, "重量:2斤", 1, 0, 0},
    {"海南金钻凤梨 2个装", K::Fruit, 4290, "规格:2个", 0, 0, 1},
    {"波士顿龙虾 鲜活 1只 约1斤", K::Seafood, 25800, "重量:约1斤", 0, 0, 1},
    {"向日葵鲜花 10枝", K::Flowers, 5900, "规格:10枝", 0, 0, 1},
}};

constexpr std::array<Reason, 16> kReasons{{
    {1, "七天无理由退货"},
    {2, "拍错/多拍/不想要"},
    {3, "质量问题"},
    {4, "尺码/颜色不合适"},
    {5, "与商品描述不符"},
    {6, "发货太慢"},
    {7, "未收到货"},
    {8, "少件/漏发"},
    {9, "价格保护"},
    {10, "商品需要维修"},
    {19, "坏果/烂果"},
    {21, "运输途中破损"},
    {26, "腐烂变质"},
    {27, "商品过期"},
    {34, "使用后过敏"},
    {40, "换货：发错货/想换款"},
}};

constexpr std::array<RejectReason, 8> kRejectReasons{{
    {1, "买家已签收，商品无质量问题", true, "请上传商品完好的发货及签收照片"},
    {2, "买家申请超出售后政策范围", false, ""},
    {3, "退回商品已影响二次销售", true, "请上传收到退货的商品照片"},
    {4, "买家未按约定退回商品", false, ""},
    {5, "退回商品与原商品不符", true, "请上传退回商品与发货商品的对比照片"},
    {6, "已与买家协商一致，买家同意撤销", true, "请上传与买家的聊天记录截图"},
    {7, "超出包赔/包退时效", false, ""},
    {8, "买家提供的凭证无法证明商品问题", true, "请上传商品检验或说明照片"},
}};

constexpr std::array<Carrier, 5> kCarriers{{
    {"中通快递", "zhongtong", "7531"},
    {"圆通速递", "yuantong", "YT"},
    {"顺丰速运", "shunfeng", "SF"},
    {"韵达快递", "yunda", "4312"},
    {"京东物流", "jd", "JDV"},
}};

} // namespace

std::span<const Category> categories()
{
    return kCategories;
}

const Category &category(CategoryKind kind)
{
    return kCategories[size_t(kind)];
}

std::span<const CatalogueEntry> entries()
{
    return kEntries;
}

std::span<const Reason> reasons()
{
    return kReasons;
}

int reasonIndex(int code)
{
    for (size_t i = 0; i < kReasons.size(); ++i) {
        if (kReasons[i].code == code)
            return int(i);
    }
    return -1;
}

std::span<const RejectReason> rejectReasons()
{
    return kRejectReasons;
}

const RejectReason *rejectReason(int code)
{
    for (const RejectReason &r : kRejectReasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

std::span<const Carrier> carriers()
{
    return kCarriers;
}

bool isFresh(CategoryKind kind)
{
    return kind == CategoryKind::Fruit || kind == CategoryKind::Seafood || kind == CategoryKind::Flowers;
}

bool isBeauty(CategoryKind kind)
{
    return kind == CategoryKind::SkinCare || kind == CategoryKind::MakeUp;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace anxin::sandbox::catalogue
