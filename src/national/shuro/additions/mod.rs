//! 就労系の加算, per user and month: 福祉専門職員配置等加算 (every service),
//! 地域協働加算・ピアサポート実施加算 (B型 一律評価型 only), 目標工賃達成指導員
//! 配置加算・就労移行支援体制加算 (B型), 初期加算・食事提供体制加算・送迎加算
//! (同一敷地内を含む)・欠席時対応加算 (A型・B型・就労移行支援).

pub mod absence;
pub mod initial;
pub mod meal;
pub mod peer_support;
pub mod regional_collaboration;
pub mod target_wage;
pub mod transition_system;
pub mod transport;
pub mod welfare_professional;

use super::input::{Service, User, Valid};
use super::output::Basic;
use crate::engine::problem::Problem;
use crate::engine::trace::Trace;

/// Every 加算 of one user's month, in the order the explanation shows them.
pub fn user_additions(t: &mut Trace, v: &Valid, b: &Basic, level: Option<&'static str>, u: &User, count: i64) {
    welfare_professional::welfare_professional_addition(t, v.service, level, count);
    participation_additions(t, v, b, u, count);
    if v.service == Service::B {
        target_wage::target_wage_addition(t, v, count);
        transition_system::transition_system_addition(t, v, b, count);
    }
    if v.service.daily_with_capacity() {
        initial::initial_addition(t, v.service, u, count);
        meal::meal_addition(t, v.service, u.meal_days);
        transport::transport_addition(t, v.service, &v.office, u.transport_one_ways);
        absence::absence_addition(t, v.service, u.absence_responses);
    }
}

/// 地域協働加算・ピアサポート実施加算: the B型 一律評価型's own 加算; entered
/// for a B型 office paid by 平均工賃月額, a problem.
fn participation_additions(t: &mut Trace, v: &Valid, b: &Basic, u: &User, count: i64) {
    if v.service != Service::B {
        return;
    }
    if b.band == "participation" {
        if v.office.regional_collab {
            regional_collaboration::regional_collaboration_addition(t, count);
        }
        if u.peer_support {
            peer_support::peer_support_addition(t);
        }
    } else if v.office.regional_collab || u.peer_support {
        let field = if u.peer_support { format!("{}.peer_support", u.field) } else { "office.regional_collab".into() };
        t.problems.push(Problem::inconsistent(
            field,
            "地域協働加算・ピアサポート実施加算は一律評価型（サービス費(Ⅳ)〜(Ⅵ)）の事業所の加算です。",
        ));
    }
}
