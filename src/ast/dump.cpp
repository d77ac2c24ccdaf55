// dump.cpp: S-expression rendering of the tree for parser tests (dash show.c in spirit).
// Words print as their source spelling; commands as (kind children...).
#include "ast/ast.hpp"

namespace ipsh::ast {

namespace {

const char* op_name(RedirOp op) {
    switch (op) {
    case RedirOp::In: return "<";
    case RedirOp::Out: return ">";
    case RedirOp::Append: return ">>";
    case RedirOp::Clobber: return ">|";
    case RedirOp::ReadWrite: return "<>";
    case RedirOp::DupIn: return "<&";
    case RedirOp::DupOut: return ">&";
    case RedirOp::HereDoc: return "<<";
    case RedirOp::HereString: return "<<<";
    case RedirOp::OutErr: return "&>";
    case RedirOp::AppendErr: return "&>>";
    }
    return "?";
}

void redirs(std::string& out, const std::vector<Redirect>& rs) {
    for (const auto& r : rs) {
        out += " (";
        out += op_name(r.op);
        if (r.fd >= 0) out += " " + std::to_string(r.fd);
        if (!r.fd_var.empty()) out += " {" + r.fd_var + "}";
        out += " " + r.target.raw;
        if (r.heredoc) out += " " + dump(r.heredoc->body);
        out += ")";
    }
}

void list(std::string& out, const List& l);

void cond(std::string& out, const CondNode& n) {
    switch (n.kind) {
    case CondNode::Kind::Word: out += n.words[0].raw; return;
    case CondNode::Kind::Unary: out += "(" + n.op + " " + n.words[0].raw + ")"; return;
    case CondNode::Kind::Binary: out += "(" + n.op + " " + n.words[0].raw + " " + n.words[1].raw + ")"; return;
    case CondNode::Kind::Not: out += "(! "; cond(out, n.kids[0]); out += ")"; return;
    case CondNode::Kind::And: case CondNode::Kind::Or:
        out += n.kind == CondNode::Kind::And ? "(&& " : "(|| ";
        cond(out, n.kids[0]);
        out += " ";
        cond(out, n.kids[1]);
        out += ")";
        return;
    }
}

void command(std::string& out, const Command& c) {
    std::visit(overloaded{
                   [&](const SimpleCommand& s) {
                       out += "(simple";
                       for (const auto& a : s.assigns) {
                           out += " " + a.name;
                           if (a.index) out += "[" + dump(*a.index) + "]";
                           out += a.append ? "+=" : "=";
                           if (a.array) {
                               out += "(";
                               for (size_t i = 0; i < a.array->size(); ++i) {
                                   const ArrayElem& e = (*a.array)[i];
                                   if (i) out += " ";
                                   if (e.key) out += "[" + dump(*e.key) + "]=";
                                   out += dump(e.value);
                               }
                               out += ")";
                           } else {
                               out += a.value.raw;
                           }
                       }
                       for (const auto& w : s.words) out += " " + w.raw;
                       redirs(out, s.redirs);
                       out += ")";
                   },
                   [&](const Box<Subshell>& s) {
                       out += "(subshell ";
                       list(out, s->body);
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<BraceGroup>& s) {
                       out += "(group ";
                       list(out, s->body);
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<IfClause>& s) {
                       out += "(if";
                       for (size_t i = 0; i < s->conds.size(); ++i) {
                           out += " ";
                           list(out, s->conds[i]);
                           out += " ";
                           list(out, s->bodies[i]);
                       }
                       if (s->else_body) {
                           out += " (else ";
                           list(out, *s->else_body);
                           out += ")";
                       }
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<LoopClause>& s) {
                       out += s->until ? "(until " : "(while ";
                       list(out, s->cond);
                       out += " ";
                       list(out, s->body);
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<ForClause>& s) {
                       out += "(for " + s->var;
                       if (s->has_in) {
                           out += " (in";
                           for (const auto& w : s->words) out += " " + w.raw;
                           out += ")";
                       }
                       out += " ";
                       list(out, s->body);
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<CaseClause>& s) {
                       out += "(case " + s->subject.raw;
                       for (const auto& item : s->items) {
                           out += " ((";
                           for (size_t i = 0; i < item.patterns.size(); ++i) {
                               if (i) out += "|";
                               out += item.patterns[i].raw;
                           }
                           out += ") ";
                           list(out, item.body);
                           if (item.fallthrough) out += " ;&";
                           out += ")";
                       }
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<FuncDef>& s) {
                       out += "(function " + s->name + " ";
                       command(out, *s->body);
                       out += ")";
                   },
                   [&](const Box<ArithCommand>& s) {
                       out += "(arith " + s->expr.raw;
                       redirs(out, s->redirs);
                       out += ")";
                   },
                   [&](const Box<CondCommand>& s) {
                       out += "(cond ";
                       cond(out, s->expr);
                       redirs(out, s->redirs);
                       out += ")";
                   },
               },
               c);
}

void pipeline(std::string& out, const Pipeline& p) {
    if (p.timed) out += p.time_posix ? "(time-p " : "(time ";
    if (p.bang) out += "(! ";
    if (p.stages.size() == 1) {
        command(out, p.stages[0]);
    } else {
        out += "(pipe";
        for (const auto& s : p.stages) {
            out += " ";
            command(out, s);
        }
        out += ")";
    }
    if (p.bang) out += ")";
    if (p.timed) out += ")";
}

void and_or(std::string& out, const AndOr& a) {
    if (a.pipelines.size() == 1) {
        pipeline(out, a.pipelines[0]);
        return;
    }
    out += "(andor ";
    pipeline(out, a.pipelines[0]);
    for (size_t i = 1; i < a.pipelines.size(); ++i) {
        out += a.ops[i - 1] == AndOrOp::And ? " && " : " || ";
        pipeline(out, a.pipelines[i]);
    }
    out += ")";
}

void list(std::string& out, const List& l) {
    if (l.items.size() == 1 && !l.items[0].background) {
        and_or(out, l.items[0].and_or);
        return;
    }
    out += "(list";
    for (const auto& item : l.items) {
        out += " ";
        and_or(out, item.and_or);
        if (item.background) out += " &";
    }
    out += ")";
}

}  // namespace

std::string dump(const List& l) {
    std::string out;
    list(out, l);
    return out;
}

std::string dump(const Command& c) {
    std::string out;
    command(out, c);
    return out;
}

std::string dump(const Word& w) {
    std::string out;
    for (const auto& p : w.parts) {
        std::visit(overloaded{
                       [&](const Literal& l) { out += (l.quoted ? "[q \"" : "[lit \"") + l.text + "\"]"; },
                       [&](const ParamExp& pe) {
                           out += "[param " + pe.name;
                           if (pe.op != ParamOp::Plain) out += " op" + std::to_string(static_cast<int>(pe.op));
                           if (pe.all) out += std::string(" [") + pe.all + "]";
                           if (pe.index) out += " [" + dump(*pe.index) + "]";
                           if (pe.colon) out += " :";
                           if (pe.arg) out += " " + dump(*pe.arg);
                           if (pe.quoted) out += " q";
                           out += "]";
                       },
                       [&](const CommandSub& cs) {
                           const std::string kind = cs.process ? std::string(1, cs.process) + "procsub " : "cmdsub ";
                           out += "[" + kind + (cs.body ? dump(*cs.body) : std::string()) + (cs.quoted ? " q" : "") + "]";
                       },
                       [&](const ArithExp& a) { out += "[arith " + dump(*a.expr) + (a.quoted ? " q" : "") + "]"; },
                   },
                   p);
    }
    return out;
}

}  // namespace ipsh::ast
